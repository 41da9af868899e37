package org.fundclear.jobs.cli;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.jobs.history.JobHistoryService;
import org.fundclear.jobs.history.JobRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./fundclear history [--month M] [--last N]}: every import, clear and audit run, newest first. */
@Command(name = "history", description = "Job history: every import, clear and audit run with its month, file, start, "
        + "duration, status and who started it (newest first).")
public class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Only the runs of this cycle month")
    CycleMonth month;

    @Option(names = "--last", defaultValue = "50", paramLabel = "N", description = "Runs to show (default ${DEFAULT-VALUE})")
    int last;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            List<JobRun> runs = context.getBean(JobHistoryService.class)
                    .runs(month == null ? null : month.toString(), last);
            if (runs.isEmpty()) {
                System.out.println("No runs recorded" + (month == null ? "" : " for " + month) + ".");
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("started", "job", "month", "file", "duration>", "status", "by");
            for (JobRun r : runs) {
                table.row(r.startedAt() == null ? "" : START.format(r.startedAt()), r.kind(), r.month(), r.subject(),
                        duration(r.duration()), r.status(), r.startedBy() == null ? "" : r.startedBy());
            }
            table.print(System.out);
            return ExitCodes.OK;
        }
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long seconds = d.toSeconds();
        return seconds < 60 ? String.format("%.1f s", d.toMillis() / 1000.0)
                : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
}
