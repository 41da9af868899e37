package org.fundclear.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.finance.MonthExportService;
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
            MonthExportService exports = context.getBean(MonthExportService.class);
            List<Path> files = exports.write(month, out);
            files.forEach(f -> System.out.println("  " + f));
            PeriodStatus status = exports.status(month);
            if (!status.isCleared()) {
                System.out.println(month + " is " + status + ": clearing, reconciliation and advance "
                        + "files are empty until ./fundclear clear --month " + month);
            }
            return ExitCodes.OK;
        }
    }
}
