package org.fundclear.jobs.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.fundclear.audit.AuditEngine;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.StageFindings;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.partition.PartitionedSteps;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit of a month as a Spring Batch job: begin (the run, audit_reversed) → (look-back stages ∥ the month's
 * snapshot, then the month's stages) → store (findings merged into cases). The stages are partitioned: each
 * partition runs one rule or detector, or the detectors of one group ({@link AuditEngine.StagePlan}), on threads of
 * this process or on worker processes ({@link PartitionedSteps}), and stores what it found in its own transaction
 * ({@link StageFindings}), so a worker killed inside a partition leaves nothing, and the partition run again by
 * another worker gives the same findings. The store step gathers them in the plan's order: the run's findings and
 * cases are those of an audit in one process.
 *
 * <p>The partitions are stages, not insured provinces as in the clear: a person detector is calibrated on the whole
 * month (peer norms, the fitted tail, Benjamini–Hochberg), and a rule is one set-based query, which per province
 * would read the month once per partition (docs/workers.md).
 */
@Configuration
public class AuditJobConfiguration {
    private static final Logger log = LoggerFactory.getLogger(AuditJobConfiguration.class);
    public static final String JOB_NAME = "auditMonth";
    static final String MONTH = "auditMonth";
    static final String REQUESTED = "requested";
    static final String MODELS = "models";
    static final String LEARN = "learnFromVerdicts";
    static final String USER = "user";
    private static final String RUN_ID = "auditRunId";
    private static final String RULE_SET = "ruleSetVersion";
    private static final String STAGES = "stages";
    private static final String REVERSED_MILLIS = "reversedMillis";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DSLContext dsl;
    private final PartitionedSteps partitions;
    private final StageDeadlines deadlines;
    private final String pauseStage;
    private final long pauseMillis;
    /** Results of the runs this process stored, until the service that launched them takes them. */
    private final Map<Long, AuditResult> stored = new ConcurrentHashMap<>();

    /**
     * {@code fundclear.audit.pause-stage} / {@code pause-ms} hold the partition running that stage ({@code *}: any)
     * open after its work, before it commits (off by default): how the tests kill a worker inside a partition.
     */
    public AuditJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 DSLContext dsl, PartitionedSteps partitions, StageDeadlines deadlines,
                                 @Value("${fundclear.audit.pause-stage:}") String pauseStage,
                                 @Value("${fundclear.audit.pause-ms:0}") long pauseMillis) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dsl = dsl;
        this.partitions = partitions;
        this.deadlines = deadlines;
        this.pauseStage = pauseStage;
        this.pauseMillis = pauseMillis;
    }

    /** One partition: its stages, one after another, each stage's findings stored as it ends. */
    @Bean
    Step auditStagesPartition() {
        return partitions.workerStep("auditStagesPartition").tasklet((contribution, context) -> {
            StepExecution execution = context.getStepContext().getStepExecution();
            JobParameters p = execution.getJobParameters();
            ExecutionContext partition = execution.getExecutionContext();
            CycleMonth month = CycleMonth.parse(p.getString(MONTH));
            long runId = partition.getLong(RUN_ID);
            List<String> stages = Arrays.asList(partition.getString(STAGES).split(","));
            for (AuditEngine.StageResult stage : engine(p).runStages(dsl, month, partition.getString(RULE_SET), stages)) {
                StageFindings.replace(dsl, runId, stage.id(), stage.findings(), stage.millis());
                contribution.incrementWriteCount(stage.findings().size());
                log.info("{} of run {} ({}): {} {} findings in {} ms", execution.getStepName(), runId, month, stage.id(),
                        stage.findings().size(), stage.millis());
                System.err.printf("  audit %s: %,d findings (%.1f s)%n", stage.id(), stage.findings().size(),
                        stage.millis() / 1000.0);
            }
            if ((pauseStage.equals("*") || stages.contains(pauseStage)) && pauseMillis > 0) {
                System.err.printf("  holding %s open for %d ms (fundclear.audit.pause-stage)%n",
                        execution.getStepName(), pauseMillis);
                Thread.sleep(pauseMillis);
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /**
     * The job for one launch. In this process at most {@code threads} stages run at a time, the month's snapshot
     * build counting as one: it takes its thread first (submitted when the run begins), the look-back stages the
     * others, and the month's stages follow the snapshot as threads free up, as in the one-process engine.
     */
    Job job(int threads) {
        SimpleAsyncTaskExecutor local = new SimpleAsyncTaskExecutor("audit-");
        local.setConcurrencyLimit(threads);
        CompletableFuture<Map<String, Long>> snapshot = new CompletableFuture<>();
        Flow lookBack = new FlowBuilder<SimpleFlow>("auditLookBackFlow")
                .start(stages("auditLookBack", AuditEngine.StagePlan::lookBack, local)).build();
        Flow month = new FlowBuilder<SimpleFlow>("auditMonthFlow")
                .start(step("auditSnapshot", (execution, job) -> awaitSnapshot(snapshot, job.getLong(RUN_ID))))
                .next(stages("auditStages", AuditEngine.StagePlan::month, local)).build();
        Flow side = new FlowBuilder<SimpleFlow>("auditSnapshotAndStages")
                .split(new SimpleAsyncTaskExecutor("audit-flow-")).add(lookBack, month).build();
        // The snapshot reads audit_reversed: it starts once auditBegin has committed it.
        Flow begin = new FlowBuilder<SimpleFlow>("auditBeginFlow").start(step("auditBegin", this::begin))
                .next(step("auditSnapshotStart", (execution, job) -> startSnapshot(execution, local, snapshot)))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(begin)
                .next(side)
                .next(step("auditStore", this::store))
                .end()
                .build();
    }

    /** The result the store step of {@code jobExecutionId} left in this process, once. */
    AuditResult takeResult(long jobExecutionId) {
        return stored.remove(jobExecutionId);
    }

    private void begin(StepExecution execution, ExecutionContext job) {
        JobParameters p = execution.getJobParameters();
        CycleMonth month = CycleMonth.parse(p.getString(MONTH));
        AuditEngine.Begun begun = engine(p).begin(dsl, month);
        job.putLong(RUN_ID, begun.runId());
        job.putString(RULE_SET, begun.ruleSetVersion());
        job.putLong(REVERSED_MILLIS, begun.reversedMillis());
        log.info("audit {}: run {} with rule set {}; stages on {}", month, begun.runId(), begun.ruleSetVersion(),
                partitions.describe());
    }

    /** The month's snapshot starts building on {@code local}, taking its first thread, before any stage. */
    private void startSnapshot(StepExecution execution, SimpleAsyncTaskExecutor local,
                               CompletableFuture<Map<String, Long>> snapshot) {
        CycleMonth month = CycleMonth.parse(execution.getJobParameters().getString(MONTH));
        local.execute(() -> {
            try {
                snapshot.complete(AuditEngine.buildSnapshot(dsl, month));
            } catch (RuntimeException | Error e) {
                snapshot.completeExceptionally(e);
            }
        });
    }

    private void awaitSnapshot(CompletableFuture<Map<String, Long>> snapshot, long runId) throws Exception {
        try {
            snapshot.get().forEach((table, millis) -> StageFindings.replace(dsl, runId, table, List.of(), millis));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void store(StepExecution execution, ExecutionContext job) {
        JobParameters p = execution.getJobParameters();
        CycleMonth month = CycleMonth.parse(p.getString(MONTH));
        long runId = job.getLong(RUN_ID);
        AuditEngine engine = engine(p);
        List<String> order = engine.plan(dsl, month, job.getString(RULE_SET)).order();
        Map<String, Long> stageMillis = StageFindings.millis(dsl, runId, order);
        List<String> missing = order.stream().filter(id -> !stageMillis.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("run " + runId + ": no result from the stages " + missing);
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("audit_reversed", job.getLong(REVERSED_MILLIS));
        millis.putAll(StageFindings.millis(dsl, runId, List.of("audit_visit", "audit_item")));
        millis.putAll(stageMillis);
        List<Finding> findings = StageFindings.read(dsl, runId, order);
        AuditResult result = engine.finish(dsl, month, runId, job.getString(RULE_SET), findings, millis);
        StageFindings.forgetMonth(dsl, month);
        stored.put(execution.getJobExecutionId(), result);
    }

    /** The stages of one phase of the plan, one partition per group, named so the longest-listed start first. */
    private Step stages(String name, Function<AuditEngine.StagePlan, List<List<String>>> phase,
                        SimpleAsyncTaskExecutor local) {
        String prefix = name.substring("audit".length(), "audit".length() + 1).toLowerCase();
        Partitioner partitioner = gridSize -> {
            StepExecution manager = StepSynchronizationManager.getContext().getStepExecution();
            ExecutionContext job = manager.getJobExecution().getExecutionContext();
            CycleMonth month = CycleMonth.parse(manager.getJobParameters().getString(MONTH));
            List<List<String>> groups = phase.apply(engine(manager.getJobParameters())
                    .plan(dsl, month, job.getString(RULE_SET)));
            Map<String, ExecutionContext> byName = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putLong(RUN_ID, job.getLong(RUN_ID));
                context.putString(RULE_SET, job.getString(RULE_SET));
                context.putString(STAGES, String.join(",", groups.get(i)));
                byName.put("%s%02d-%s".formatted(prefix, i, groups.get(i).get(0)), context);
            }
            return byName;
        };
        String what = name.equals("auditLookBack") ? "look-back stages" : "the month's stages";
        return partitions.managerStep(name, auditStagesPartition(), partitioner, new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                System.err.printf("  audit: %s, partitions run by %s ...%n", what, partitions.describe());
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                System.err.printf("  audit: %s %s, %,d findings (%.1f s)%n", what,
                        stepExecution.getStatus().name().toLowerCase(), stepExecution.getWriteCount(),
                        Duration.between(stepExecution.getStartTime(), LocalDateTime.now()).toMillis() / 1000.0);
                return stepExecution.getExitStatus();
            }
        }, local);
    }

    private AuditEngine engine(JobParameters p) {
        return AuditCommand.engine(Path.of(p.getString(MODELS)), 1, deadlines,
                Boolean.parseBoolean(p.getString(LEARN)));
    }

    private Step step(String name, StepWork work) {
        return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
            work.run(context.getStepContext().getStepExecution(), jobContext(context));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    private interface StepWork {
        void run(StepExecution execution, ExecutionContext job) throws Exception;
    }
}
