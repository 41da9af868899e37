package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.reports.export.CycleExports;
import org.fundclear.reports.export.StatementWorkbook;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.audit.finding.FindingsCsv;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the month's CSV outputs (spec), one xlsx clearing statement per insured "
        + "region and one per treatment region.")
public class ExportCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            List<Path> files = export(context.getBean(DSLContext.class), context.getBean(ClearingCycle.class),
                    LocalDateTime.now(context.getBean(Clock.class)), month, out);
            PeriodStatus status = context.getBean(ClearingCycle.class).periods().status(
                    context.getBean(DSLContext.class), month);
            files.forEach(f -> System.out.println("  " + f));
            if (!status.isCleared()) {
                System.out.println(month + " is " + status + ": clearing, reconciliation and advance files are empty "
                        + "until ./fundclear clear --month " + month);
            }
            return ExitCodes.OK;
        }
    }

    /** The month's files into {@code out}; the monthly schedule writes them too, after its audit. */
    public static List<Path> export(DSLContext dsl, ClearingCycle cycle, LocalDateTime now, CycleMonth month, Path out) {
        List<Path> files = new ArrayList<>();
        files.add(CycleExports.clearing(dsl, month, out));
        files.add(CycleExports.reconciliation(dsl, month, out));
        files.add(CycleExports.rejects(dsl, month, out));
        files.add(CycleExports.advance(dsl, month, out));
        files.add(FindingsCsv.write(dsl, month, out));
        Long job = cycle.periods().find(dsl, month).map(p -> p.getJobExecutionId()).orElse(null);
        for (String insu : dsl.selectDistinct(CLEARING_LINE.INSU_ADMDVS).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).orderBy(CLEARING_LINE.INSU_ADMDVS)
                .fetch(CLEARING_LINE.INSU_ADMDVS)) {
            files.add(StatementWorkbook.write(dsl, month, insu, out, now, job));
        }
        for (String mdtrtarea : dsl.selectDistinct(CLEARING_LINE.MDTRTAREA_ADMDVS).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).orderBy(CLEARING_LINE.MDTRTAREA_ADMDVS)
                .fetch(CLEARING_LINE.MDTRTAREA_ADMDVS)) {
            files.add(StatementWorkbook.write(dsl, StatementWorkbook.Side.TREATMENT, month, mdtrtarea, out, now, job));
        }
        return files;
    }
}
