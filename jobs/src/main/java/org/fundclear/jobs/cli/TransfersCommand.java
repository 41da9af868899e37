package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.ProvinceNetting;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.sql.jooq.tables.records.TransferInstructionRecord;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "transfers", description = "List a month's transfer instructions, overdue ones, and the province netting report.")
public class TransfersCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            ClearingCycle cycle = context.getBean(ClearingCycle.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            List<TransferInstructionRecord> list = cycle.transfers().list(dsl, month);
            if (list.isEmpty()) {
                System.out.println("No transfer instructions for " + month + " (they are issued by ./fundclear confirm).");
                return ExitCodes.OK;
            }
            TextTable instructions = new TextTable("from", "to", "amount>", "due", "received");
            for (var t : list) {
                String state = t.getReceivedAt() != null ? t.getReceivedAt().toLocalDate() + " ref " + t.getReceiptRef()
                        : (t.getDueDate().isBefore(today) ? "OVERDUE" : "open")
                        + (t.getReceivedAmount() == null ? "" : ", " + t.getReceivedAmount() + " received in part");
                instructions.row(t.getInsuAdmdvs(), t.getMdtrtareaAdmdvs(), String.format("%,.2f", t.getAmount()),
                        t.getDueDate(), state);
            }
            instructions.print(System.out);
            ProvinceNetting netting = ProvinceNetting.of(list.stream().map(t -> new ProvinceNetting.PairAmount(
                    t.getInsuAdmdvs(), t.getMdtrtareaAdmdvs(), t.getAmount())).toList());
            System.out.println();
            System.out.println("Province netting (report only; the instructions above are the legal basis):");
            TextTable positions = new TextTable("province", "", "amount>");
            netting.positions().forEach((province, amount) -> positions.row(province,
                    amount.signum() > 0 ? "receives" : "pays", String.format("%,.2f", amount.abs())));
            positions.print(System.out, "  ");
            System.out.printf("  gross: %d transfers moving %,.2f; netted: %d transfers moving %,.2f; saves %d transfers "
                            + "and %,.2f%n", netting.grossTransfers(), netting.grossAmount(), netting.netTransfers(),
                    netting.netAmount(), netting.transfersSaved(), netting.amountSaved());
            long overdue = cycle.transfers().overdue(dsl, today).size();
            if (overdue > 0) {
                System.out.println();
                System.out.println(overdue + " instruction(s) of any month are overdue.");
            }
            return overdue > 0 ? ExitCodes.BUSINESS_PROBLEM : ExitCodes.OK;
        }
    }
}
