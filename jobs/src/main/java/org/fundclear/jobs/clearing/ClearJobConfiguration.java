package org.fundclear.jobs.clearing;

import java.util.function.ToLongBiFunction;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.progress.StepReport;
import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly clearing job: (held settlements ∥ held ledger rows ∥ lines) → reconciled → advance
 * fund → cleared. Each step is
 * one transaction of set-based SQL that replaces the month's rows it owns, so a run killed anywhere
 * resumes at the interrupted step and ends with exactly the totals of an uninterrupted run.
 * Identifying parameters are the business key (month, and how often it was reopened): no
 * incrementer, so a failed month restarts and a completed one is refused.
 */
@Configuration
public class ClearJobConfiguration {
    public static final String JOB_NAME = "clearMonth";
    static final String MONTH = "clearingMonth";
    static final String REOPENED = "reopened";
    static final String USER = "user";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final StepReport report;

    private final String pauseStep;
    private final long pauseMillis;

    /**
     * {@code fundclear.clear.pause-step} / {@code pause-ms} hold one step open after its work, before
     * it commits (off by default): a way to show, and to test, that killing a run at that moment is safe.
     */
    public ClearJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 DSLContext dsl, ClearingCycle cycle, StepReport report,
                                 @Value("${fundclear.clear.pause-step:}") String pauseStep,
                                 @Value("${fundclear.clear.pause-ms:0}") long pauseMillis) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dsl = dsl;
        this.cycle = cycle;
        this.report = report;
        this.pauseStep = pauseStep;
        this.pauseMillis = pauseMillis;
    }

    @Bean
    Job clearMonthJob() {
        // Independent of each other, so they use both cores; each is its own transaction.
        Flow parallel = new FlowBuilder<SimpleFlow>("reconcileAndLines")
                .split(new SimpleAsyncTaskExecutor("clear-"))
                .add(flow(step("reconcileSettlements", (m, user) -> done("held settlements",
                                cycle.reconcileSettlements(dsl, m)))),
                        flow(step("reconcileLedger", (m, user) -> done("held ledger rows", cycle.reconcileLedger(dsl, m)))),
                        flow(step("lines", (m, user) -> done("clearing lines", cycle.clearingLines(dsl, m)))))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(parallel)
                .next(step("reconciled", (m, user) -> {
                    var held = cycle.markReconciled(dsl, m, user);
                    report.done("reconciled, held", held);
                    return held.values().stream().mapToLong(Integer::longValue).sum();
                }))
                .next(step("advanceFund", (m, user) -> {
                    int regions = cycle.advanceFund(dsl, m, user).size();
                    report.done("advance fund", regions + " insured regions");
                    return regions;
                }))
                .next(step("cleared", (m, user) -> {
                    cycle.markCleared(dsl, m, user);
                    return 0;
                }))
                .end()
                .build();
    }

    private long done(String what, int rows) {
        report.done(what, rows);
        return rows;
    }

    private static Flow flow(Step step) {
        return new FlowBuilder<SimpleFlow>(step.getName() + "Flow").start(step).build();
    }

    /** {@code work} returns the rows it wrote (held rows, lines, positions), counted as the step's write count. */
    private Step step(String name, ToLongBiFunction<CycleMonth, String> work) {
        return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
            JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
            report.start(name);
            contribution.incrementWriteCount(work.applyAsLong(CycleMonth.parse(p.getString(MONTH)), p.getString(USER)));
            if (name.equals(pauseStep) && pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
