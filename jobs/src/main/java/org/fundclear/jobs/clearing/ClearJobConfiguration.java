package org.fundclear.jobs.clearing;

import java.util.function.ToIntBiFunction;
import java.util.function.ToLongBiFunction;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.InsuredRegions;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.partition.PartitionedSteps;
import org.fundclear.jobs.progress.StepReport;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly clearing job: (held settlements ∥ held ledger rows ∥ settlement totals) → lines → reconciled → advance
 * fund → cleared. The four per-row steps are partitioned by insured province ({@link ProvincePartitioner}) and run
 * on threads of this process or on worker processes ({@link PartitionedSteps}); each partition, like each of the
 * month-wide steps, is one transaction of set-based SQL that replaces the rows it owns, so a run or a worker killed
 * anywhere resumes (or is redone) and ends with exactly the totals of an uninterrupted run.
 * Identifying parameters are the business key (month, and how often it was reopened): no
 * incrementer, so a failed month restarts and a completed one is refused.
 */
@Configuration
public class ClearJobConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ClearJobConfiguration.class);
    public static final String JOB_NAME = "clearMonth";
    static final String MONTH = "clearingMonth";
    static final String REOPENED = "reopened";
    static final String USER = "user";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final StepReport report;
    private final PartitionedSteps partitions;

    private final String pauseStep;
    private final long pauseMillis;

    /**
     * {@code fundclear.clear.pause-step} / {@code pause-ms} hold one step open after its work, before
     * it commits (off by default): a way to show, and to test, that killing a run at that moment is safe. For a
     * partitioned step each of its partitions is held so, in the process that runs it (a worker, with a broker).
     */
    public ClearJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 DSLContext dsl, ClearingCycle cycle, StepReport report, PartitionedSteps partitions,
                                 @Value("${fundclear.clear.pause-step:}") String pauseStep,
                                 @Value("${fundclear.clear.pause-ms:0}") long pauseMillis) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dsl = dsl;
        this.cycle = cycle;
        this.report = report;
        this.partitions = partitions;
        this.pauseStep = pauseStep;
        this.pauseMillis = pauseMillis;
    }

    /** One partition of reconcileSettlements: the held settlements of the partition's insured regions. */
    @Bean
    Step reconcileSettlementsPartition() {
        return partitionStep("reconcileSettlements", (m, scope) -> cycle.reconcileSettlements(dsl, m, scope));
    }

    /** One partition of reconcileLedger: the held ledger rows of the partition's insured regions. */
    @Bean
    Step reconcileLedgerPartition() {
        return partitionStep("reconcileLedger", (m, scope) -> cycle.reconcileLedger(dsl, m, scope));
    }

    /** One partition of settlementTotals: the totals of the month's settlements of the partition's insured regions. */
    @Bean
    Step settlementTotalsPartition() {
        return partitionStep("settlementTotals", (m, scope) -> cycle.settlementTotals(dsl, m, scope));
    }

    /** One partition of lines: the clearing lines (and posted deductions) of the partition's insured regions. */
    @Bean
    Step linesPartition() {
        return partitionStep("lines", (m, scope) -> cycle.clearingLines(dsl, m, scope));
    }

    @Bean
    Job clearMonthJob() {
        // Independent of each other, so they use both cores; each partition is its own transaction. The lines are
        // the universe's totals less the held settlements, so they follow.
        Flow parallel = new FlowBuilder<SimpleFlow>("reconcileAndTotals")
                .split(new SimpleAsyncTaskExecutor("clear-"))
                .add(flow(partitioned("reconcileSettlements", "held settlements", reconcileSettlementsPartition())),
                        flow(partitioned("reconcileLedger", "held ledger rows", reconcileLedgerPartition())),
                        flow(partitioned("settlementTotals", "settlement totals", settlementTotalsPartition())))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(parallel)
                .next(partitioned("lines", "clearing lines", linesPartition()))
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

    /**
     * The step {@code name}, split by insured province ({@link ProvincePartitioner}); prints its start and, once
     * every partition ended, the rows they wrote together (the partitions' write counts, summed by Spring Batch).
     */
    private Step partitioned(String name, String what, Step partition) {
        return partitions.managerStep(name, partition, new ProvincePartitioner(dsl, cycle), new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                report.start(name);
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
                    report.done(what, stepExecution.getWriteCount());
                } else {
                    logFailedPartitions(stepExecution, partition.getName());
                }
                return stepExecution.getExitStatus();
            }
        });
    }

    /** The log says which partitions failed and why (the job's failure only says that a partition failed). */
    private void logFailedPartitions(StepExecution manager, String partitionStep) {
        try {
            JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
            if (job == null) {
                return;
            }
            for (StepExecution p : job.getStepExecutions()) {
                if (p.getStepName().startsWith(partitionStep + ":") && p.getStatus().isUnsuccessful()) {
                    log.error("partition {} ended {}: {}", p.getStepName(), p.getStatus(), p.getExitStatus().getExitDescription());
                    p.getFailureExceptions().forEach(e -> log.error("partition {} failed", p.getStepName(), e));
                }
            }
        } catch (RuntimeException e) {
            log.warn("could not read the partitions of {}", manager.getStepName(), e);
        }
    }

    /**
     * The step running one partition of {@code name}: reads its region scope from the partition's execution context,
     * replaces that scope's rows in one transaction, and counts them as its write count.
     */
    private Step partitionStep(String name, ToIntBiFunction<CycleMonth, InsuredRegions> work) {
        return partitions.workerStep(name + "Partition").tasklet((contribution, context) -> {
            StepExecution execution = context.getStepContext().getStepExecution();
            CycleMonth month = CycleMonth.parse(execution.getJobParameters().getString(MONTH));
            InsuredRegions scope = ProvincePartitioner.scope(execution.getExecutionContext());
            long started = System.nanoTime();
            int rows = work.applyAsInt(month, scope);
            contribution.incrementWriteCount(rows);
            log.info("{} {} of {}: {} rows ({} ms)", execution.getStepName(), scope, month, rows,
                    (System.nanoTime() - started) / 1_000_000);
            pause(name, execution.getStepName());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private void pause(String name, String execution) throws InterruptedException {
        if (name.equals(pauseStep) && pauseMillis > 0) {
            System.err.printf("  holding %s open for %d ms (fundclear.clear.pause-step)%n", execution, pauseMillis);
            Thread.sleep(pauseMillis);
        }
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
            pause(name, name);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
