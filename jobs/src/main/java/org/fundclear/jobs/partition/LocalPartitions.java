package org.fundclear.jobs.partition;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * No broker configured: the partitions run on threads of this process (Spring Batch's
 * TaskExecutorPartitionHandler). By default a step is one partition covering every region
 * ({@code fundclear.clear.partitions=1}), so the clear runs exactly the statements it ran before partitioning.
 * Three partitions run at once by default, one for each of the three steps the clear runs side by side: with two,
 * one step's partition waited for another's to end (the 5 M clear on H2 2.07 × its floor, measured beside another
 * benchmark; 1.10 × with three on a quiet machine).
 */
@Component
@ConditionalOnExpression("'${fundclear.broker.url:}' == ''")
public class LocalPartitions implements PartitionedSteps {
    private final JobRepository jobRepository;
    private final PartitionMetrics metrics;
    private final int partitions;
    private final SimpleAsyncTaskExecutor executor;

    public LocalPartitions(JobRepository jobRepository, PartitionMetrics metrics, @Value("${fundclear.clear.partitions:1}") int partitions,
                           @Value("${fundclear.clear.partition-threads:3}") int threads) {
        this.jobRepository = jobRepository;
        this.metrics = metrics;
        this.partitions = partitions;
        this.executor = new SimpleAsyncTaskExecutor("partition-");
        this.executor.setConcurrencyLimit(Math.max(1, threads));
    }

    @Override
    public StepBuilder workerStep(String name) {
        return new StepBuilder(name, jobRepository).listener(metrics);
    }

    @Override
    public Step managerStep(String name, Step worker, Partitioner partitioner, StepExecutionListener listener) {
        return managerStep(name, worker, partitioner, listener, executor);
    }

    @Override
    public Step managerStep(String name, Step worker, Partitioner partitioner, StepExecutionListener listener,
                            SimpleAsyncTaskExecutor threads) {
        TaskExecutorPartitionHandler handler = new NameOrderPartitionHandler();
        handler.setStep(worker);
        handler.setGridSize(partitions);
        handler.setTaskExecutor(threads);
        return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
                .partitionHandler(handler).listener(listener).build();
    }

    /**
     * Spring Batch hands its handler the partitions in a hash set; they are started in the order of their names
     * instead, so a partitioner decides which start first (the audit lists its longest stages first). The executor's
     * concurrency limit holds back the rest, in that order.
     */
    private static final class NameOrderPartitionHandler extends TaskExecutorPartitionHandler {
        @Override
        protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
            Set<StepExecution> ordered = new TreeSet<>(Comparator.comparing(StepExecution::getStepName));
            ordered.addAll(partitions);
            return super.doHandle(manager, ordered);
        }
    }

    @Override
    public String describe() {
        return "this process";
    }
}
