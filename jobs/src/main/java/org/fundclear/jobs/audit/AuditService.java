package org.fundclear.jobs.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.finding.FindingRepository;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.Failures;
import org.fundclear.jobs.metrics.AuditMetrics;
import org.fundclear.jobs.metrics.BatchMetrics;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * Runs the audit of a month for a user (the CLI's audit and demo, the schedule) as the partitioned audit job
 * ({@link AuditJobConfiguration}): its stages on threads of this process, or on workers when a broker is configured.
 * Stamps who started the run (job history) and records stage times and findings per rule (metrics).
 */
@Service
public class AuditService {
    private final DSLContext dsl;
    private final JobOperator jobOperator;
    private final AuditJobConfiguration jobs;
    private final AuditMetrics metrics;
    private final BatchMetrics batchMetrics;
    private final FindingRepository runs;

    public AuditService(DSLContext dsl, JobOperator jobOperator, AuditJobConfiguration jobs, AuditMetrics metrics,
                        BatchMetrics batchMetrics, Clock clock) {
        this.dsl = dsl;
        this.jobOperator = jobOperator;
        this.jobs = jobs;
        this.metrics = metrics;
        this.batchMetrics = batchMetrics;
        this.runs = new FindingRepository(clock);
    }

    /**
     * {@code threads}: stages at a time in this process; {@code learn}: re-rank the queue by earlier months'
     * verdicts. Each call is a new run (a new job instance); a failed run is not resumed, the month is audited again.
     */
    public AuditResult audit(CycleMonth month, Path models, int threads, boolean learn, String user) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(AuditJobConfiguration.MONTH, month.toString(), true)
                .addString(AuditJobConfiguration.REQUESTED, UUID.randomUUID().toString(), true)
                .addString(AuditJobConfiguration.MODELS, models.toAbsolutePath().toString(), false)
                .addString(AuditJobConfiguration.LEARN, Boolean.toString(learn), false)
                .addString(AuditJobConfiguration.USER, user, false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(jobs.job(threads), parameters);
        } catch (Exception e) {
            throw new IllegalStateException("the audit of " + month + " could not start: " + e.getMessage(), e);
        }
        batchMetrics.recordJob(execution);
        AuditResult result = jobs.takeResult(execution.getId());
        if (execution.getStatus() != BatchStatus.COMPLETED || result == null) {
            throw new IllegalStateException("the audit of " + month + " failed: " + Failures.describe(execution));
        }
        runs.recordStarter(dsl, result.runId(), user);
        metrics.record(result);
        return result;
    }
}
