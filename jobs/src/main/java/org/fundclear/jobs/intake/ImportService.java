package org.fundclear.jobs.intake;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.ClearingPeriods;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.intake.FileInspection;
import org.fundclear.clearing.intake.ImportCounts;
import org.fundclear.clearing.intake.ImportFileRepository;
import org.fundclear.clearing.intake.ImportStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.Failures;
import org.fundclear.jobs.metrics.BatchMetrics;
import org.fundclear.jobs.progress.Progress;
import org.fundclear.jobs.intake.FileImportResult.Outcome;
import org.fundclear.sql.jooq.tables.records.ImportFileRecord;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Imports files for a cycle month, one import job per file. A file whose bytes were already loaded
 * for the month (same encoding) is not loaded again; an interrupted one resumes where it stopped.
 */
@Service
public class ImportService {
    private final JobOperator jobOperator;
    private final Job importFileJob;
    private final DSLContext dsl;
    private final ImportFileRepository files;
    private final Progress progress;
    private final ClearingPeriods periods;
    private final BatchMetrics metrics;

    public ImportService(JobOperator jobOperator, @Qualifier("importFileJob") Job importFileJob, DSLContext dsl,
                         ImportFileRepository files, Progress progress, ClearingCycle cycle, BatchMetrics metrics) {
        this.jobOperator = jobOperator;
        this.importFileJob = importFileJob;
        this.dsl = dsl;
        this.files = files;
        this.progress = progress;
        this.periods = cycle.periods();
        this.metrics = metrics;
    }

    public List<FileImportResult> importFiles(CycleMonth month, Charset encoding, List<InputFiles.InputFile> inputs) {
        List<FileImportResult> results = new ArrayList<>();
        for (InputFiles.InputFile input : inputs) {
            results.add(importFile(month, encoding, input));
        }
        return results;
    }

    private FileImportResult importFile(CycleMonth month, Charset encoding, InputFiles.InputFile input) {
        String checksum = FileInspection.sha256(input.path());
        Optional<ImportFileRecord> earlier = files.find(dsl, checksum, month, encoding.name());
        if (earlier.isPresent() && !ImportStatus.LOADING.name().equals(earlier.get().getStatus())) {
            ImportFileRecord row = earlier.get();
            return new FileImportResult(input.path(), input.kind(), Outcome.ALREADY_LOADED, counts(row), row.getId(),
                    "for " + month + " as " + row.getFileName() + " on "
                            + row.getFinishedAt().withNano(0).toString().replace('T', ' ') + "; nothing changed");
        }
        PeriodStatus status = periods.status(dsl, month);
        if (status.isCleared()) {
            return new FileImportResult(input.path(), input.kind(), Outcome.REFUSED, null, null, month + " is " + status
                    + " and its files are final; import late files into the cycle being prepared (they are "
                    + "reconciled there), or reopen " + month);
        }
        var parameters = new ImportJobParameters(month, checksum, encoding, input.path(), input.kind());
        JobExecution execution;
        try {
            execution = jobOperator.start(importFileJob, parameters.toJobParameters());
        } catch (JobExecutionAlreadyRunningException e) {
            return new FileImportResult(input.path(), input.kind(), Outcome.FAILED, null, null,
                    "another import of this file for " + month + " is running; try again when it has finished");
        } catch (Exception e) {
            return new FileImportResult(input.path(), input.kind(), Outcome.FAILED, null, null, e.getMessage());
        } finally {
            progress.finish();
        }
        ImportFileRecord row = files.find(dsl, checksum, month, encoding.name()).orElse(null);
        metrics.recordJob(execution);
        if (row != null && row.getRejectedCount() != null) {
            metrics.recordRejected(ImportJobConfiguration.JOB_NAME, "load", row.getRejectedCount());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED || row == null) {
            return new FileImportResult(input.path(), input.kind(), Outcome.FAILED, null, row == null ? null : row.getId(),
                    Failures.describe(execution));
        }
        boolean rejected = ImportStatus.REJECTED.name().equals(row.getStatus());
        return new FileImportResult(input.path(), input.kind(), rejected ? Outcome.FILE_REJECTED : Outcome.LOADED,
                counts(row), row.getId(), rejected ? "whole file rejected (see rejects)" : null);
    }

    private static ImportCounts counts(ImportFileRecord row) {
        return new ImportCounts(row.getRowCount(), row.getLoadedCount(), row.getRejectedCount(), row.getRepeatCount());
    }
}
