package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.console.TextTable;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quality", description = "Data-quality warnings for the settlements a cleared month cleared.")
public class QualityCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            Map<DataQualityCode, Integer> counts = run(context.getBean(DSLContext.class), context.getBean(ClearingCycle.class),
                    month);
            if (counts.isEmpty()) {
                System.out.println("No data-quality warnings for " + month + ".");
            }
            if (!counts.isEmpty()) {
                TextTable table = new TextTable("warning", "settlements>", "");
                counts.forEach((w, n) -> table.row(w.code(), String.format("%,d", n), w.description()));
                table.print(System.out, "  ");
            }
            return counts.isEmpty() ? ExitCodes.OK : ExitCodes.BUSINESS_PROBLEM;
        }
    }

    static Map<DataQualityCode, Integer> run(DSLContext dsl, ClearingCycle cycle, CycleMonth month) {
        if (!cycle.periods().status(dsl, month).isCleared()) {
            throw new org.fundclear.jobs.config.UsageException(month + " is not cleared; the checks cover what a "
                    + "clearing cleared (./fundclear clear --month " + month + ")");
        }
        return dsl.transactionResult(tx -> cycle.quality(tx.dsl(), month));
    }
}
