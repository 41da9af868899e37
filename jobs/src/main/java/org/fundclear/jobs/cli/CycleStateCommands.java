package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.cli.options.UserOption;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.ApplicationContexts;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The period transitions after clearing: confirm, pay (receipts), close, reopen. */
public final class CycleStateCommands {
    private CycleStateCommands() {
    }

    /** Runs one state change in a transaction; a refused transition is a business problem (exit 1). */
    abstract static class StateChange implements Callable<Integer> {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
        CycleMonth month;

        @Mixin
        DatabaseOption db;

        @Mixin
        UserOption user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve())) {
                DSLContext dsl = context.getBean(DSLContext.class);
                ClearingCycle cycle = context.getBean(ClearingCycle.class);
                try {
                    String done = dsl.transactionResult(tx -> change(tx.dsl(), cycle));
                    System.out.println(done);
                    return ExitCodes.OK;
                } catch (org.fundclear.clearing.cycle.PeriodTransitionException e) {
                    System.out.println("Refused: " + e.getMessage());
                    return ExitCodes.BUSINESS_PROBLEM;
                }
            }
        }

        abstract String change(DSLContext dsl, ClearingCycle cycle);
    }

    @Command(name = "confirm", description = "Record that the insured regions confirmed the month's statements; issue transfers.")
    public static class Confirm extends StateChange {
        @Override
        String change(DSLContext dsl, ClearingCycle cycle) {
            int issued = cycle.confirm(dsl, month, user.name());
            return month + " CONFIRMED; " + issued + " transfer instructions issued (./fundclear transfers --month "
                    + month + ")";
        }
    }

    @Command(name = "pay", description = "Record a receipt (full or partial) of one transfer instruction.")
    public static class Pay extends StateChange {
        @Option(names = "--from", required = true, paramLabel = "INSU_ADMDVS", description = "Insured region that paid")
        String from;

        @Option(names = "--to", required = true, paramLabel = "MDTRTAREA_ADMDVS", description = "Treatment region paid")
        String to;

        @Option(names = "--amount", required = true, paramLabel = "YUAN", description = "Amount received (at most what the instruction still owes)")
        BigDecimal amount;

        @Option(names = "--ref", paramLabel = "REF", description = "Bank reference of the receipt")
        String reference;

        @Override
        String change(DSLContext dsl, ClearingCycle cycle) {
            var receipt = cycle.recordReceipt(dsl, month, from, to, amount, reference, user.name());
            return "receipt " + from + " → " + to + " " + amount.toPlainString() + " recorded"
                    + (receipt.settled() ? "; the transfer is settled" : "; still owed " + receipt.stillOwed().toPlainString())
                    + (receipt.monthPaid() ? "; every transfer of " + month + " is received: " + month + " is PAID" : "");
        }
    }

    @Command(name = "close", description = "Close a paid month.")
    public static class Close extends StateChange {
        @Override
        String change(DSLContext dsl, ClearingCycle cycle) {
            cycle.close(dsl, month, user.name());
            return month + " CLOSED";
        }
    }

    @Command(name = "reopen", description = "Reopen a cleared month so it can be cleared again (results are replaced).")
    public static class Reopen extends StateChange {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit trail)")
        String reason;

        @Override
        String change(DSLContext dsl, ClearingCycle cycle) {
            cycle.reopen(dsl, month, user.name(), reason);
            return month + " reopened; run ./fundclear clear --month " + month + " to clear it again";
        }
    }
}
