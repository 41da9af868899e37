package org.fundclear.jobs.clearing;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.cycle.RunLock;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.config.Failures;
import org.fundclear.jobs.metrics.BatchMetrics;
import org.jooq.DSLContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs the clearing of a month: one run at a time per month across processes (a lease in the
 * database), a run killed earlier is recovered and resumed, a cleared month is refused.
 */
@Service
public class ClearService {
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job clearMonthJob;
    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final RunLock lock;
    private final BatchMetrics metrics;

    public ClearService(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("clearMonthJob") Job clearMonthJob,
                        DSLContext dsl, ClearingCycle cycle, Clock clock, BatchMetrics metrics) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.clearMonthJob = clearMonthJob;
        this.dsl = dsl;
        this.cycle = cycle;
        this.lock = new RunLock(clock, HEARTBEAT.multipliedBy(4));
        this.metrics = metrics;
    }

    public ClearOutcome clear(CycleMonth month, String user) {
        try {
            cycle.periods().checkClearable(dsl, month);
        } catch (PeriodTransitionException e) {
            return new ClearOutcome(ClearOutcome.Result.REFUSED, e.getMessage(), null);
        }
        String name = "clear:" + month;
        String owner = RunLock.currentOwner();
        Optional<String> holder = lock.tryAcquire(dsl, name, owner);
        if (holder.isPresent()) {
            return new ClearOutcome(ClearOutcome.Result.REFUSED, "the clearing of " + month + " is already running in "
                    + holder.get() + "; wait for it to finish", null);
        }
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clear-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> lock.heartbeat(dsl, name, owner), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        try {
            return run(month, user);
        } finally {
            heartbeat.shutdownNow();
            lock.release(dsl, name, owner);
        }
    }

    private ClearOutcome run(CycleMonth month, String user) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(ClearJobConfiguration.MONTH, month.toString(), true)
                .addLong(ClearJobConfiguration.REOPENED, (long) cycle.periods().reopenCount(dsl, month), true)
                .addString(ClearJobConfiguration.USER, user, false)
                .toJobParameters();
        recoverAbandonedRun(parameters);
        try {
            JobExecution execution = jobOperator.start(clearMonthJob, parameters);
            metrics.recordJob(execution);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                cycle.periods().recordJobExecution(dsl, month, execution.getId());
                return new ClearOutcome(ClearOutcome.Result.CLEARED, month + " cleared", execution.getId());
            }
            return new ClearOutcome(ClearOutcome.Result.FAILED, Failures.describe(execution), execution.getId());
        } catch (JobExecutionAlreadyRunningException e) {
            return new ClearOutcome(ClearOutcome.Result.REFUSED, "the clearing of " + month + " is already running", null);
        } catch (Exception e) {
            return new ClearOutcome(ClearOutcome.Result.FAILED, e.getMessage(), null);
        }
    }

    /**
     * We hold the month's lease, so an execution the repository still shows as running was left by
     * a process that died (kill -9, power loss): mark it failed so this run resumes from its step.
     */
    private void recoverAbandonedRun(JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(ClearJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.isRunning()) {
            jobOperator.recover(last);
        }
    }
}
