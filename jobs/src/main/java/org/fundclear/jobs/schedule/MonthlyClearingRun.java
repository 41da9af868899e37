package org.fundclear.jobs.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the monthly schedule does: import the inbox folder of last month ({@code inbox/YYYY-MM}), then
 * clear that month. Both are safe to repeat: loaded files are skipped, a cleared month is refused.
 */
@Component
public class MonthlyClearingRun {
    private static final Logger log = LoggerFactory.getLogger(MonthlyClearingRun.class);

    private final ImportService imports;
    private final ClearService clears;
    private final Clock clock;
    private final Path inbox;

    public MonthlyClearingRun(ImportService imports, ClearService clears, Clock clock,
                              @Value("${fundclear.schedule.inbox}") Path inbox) {
        this.imports = imports;
        this.clears = clears;
        this.clock = clock;
        this.inbox = inbox;
    }

    public ClearOutcome runForPreviousMonth() {
        CycleMonth month = new CycleMonth(YearMonth.now(clock).minusMonths(1));
        Path folder = inbox.resolve(month.toString());
        if (Files.isDirectory(folder)) {
            var results = imports.importFiles(month, StandardCharsets.UTF_8, InputFiles.expand(List.of(folder)));
            log.info("scheduled import of {}: {} files", folder, results.size());
        } else {
            log.warn("scheduled clearing of {}: no inbox folder {}", month, folder);
        }
        ClearOutcome outcome = clears.clear(month, "scheduler");
        log.info("scheduled clearing of {}: {} {}", month, outcome.result(), outcome.message());
        return outcome;
    }
}
