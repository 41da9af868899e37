package org.fundclear.jobs.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.fundclear.audit.AuditResult;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.audit.AuditService;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.finance.MonthExportService;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the monthly schedule does: import the inbox folder of last month ({@code inbox/YYYY-MM}), clear
 * that month, then audit it and write its exports ({@code out}). Each is safe to repeat: loaded files
 * are skipped, a cleared month is refused, and the audit and exports run only after this run cleared it
 * (a new audit run replaces the month's findings and keeps its cases).
 */
@Component
public class MonthlyClearingRun {
    private static final Logger log = LoggerFactory.getLogger(MonthlyClearingRun.class);

    private final ImportService imports;
    private final ClearService clears;
    private final AuditService audits;
    private final MonthExportService exports;
    private final Clock clock;
    private final Path inbox;
    private final Path out;
    private final Path models;

    public MonthlyClearingRun(ImportService imports, ClearService clears, AuditService audits,
                              MonthExportService exports, Clock clock,
                              @Value("${fundclear.schedule.inbox}") Path inbox,
                              @Value("${fundclear.schedule.out}") Path out,
                              @Value("${fundclear.schedule.models}") Path models) {
        this.imports = imports;
        this.clears = clears;
        this.audits = audits;
        this.exports = exports;
        this.clock = clock;
        this.inbox = inbox;
        this.out = out;
        this.models = models;
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
        if (outcome.result() == ClearOutcome.Result.CLEARED) {
            AuditResult audit = audits.audit(month, models, Runtime.getRuntime().availableProcessors(), true, "scheduler");
            log.info("scheduled audit of {}: {} findings, {} cases", month, audit.findings().size(), audit.cases().size());
            List<Path> files = exports.write(month, out);
            log.info("scheduled exports of {}: {} files in {}", month, files.size(), out);
        }
        return outcome;
    }
}
