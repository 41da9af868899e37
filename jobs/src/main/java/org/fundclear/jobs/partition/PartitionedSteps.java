package org.fundclear.jobs.partition;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * How a job's partitioned steps are spread: over threads of this process ({@link LocalPartitions}, the default), or
 * as messages over a broker to worker processes ({@link BrokerPartitions}, when {@code fundclear.broker.url} is set).
 * The job is the same either way: a manager step that splits the work into partitions, each partition a step
 * execution of one worker step in the shared job repository.
 */
public interface PartitionedSteps {
    /** The builder of the step that runs one partition (in a worker process it also consumes the broker's requests). */
    StepBuilder workerStep(String name);

    /**
     * The step {@code name}: splits the work with {@code partitioner} and runs {@code worker} once per partition;
     * {@code listener} hears the whole step start and end.
     */
    Step managerStep(String name, Step worker, Partitioner partitioner, StepExecutionListener listener);

    /**
     * As {@link #managerStep(String, Step, Partitioner, StepExecutionListener)}, but in this process the partitions
     * run on {@code local} (its concurrency limit shared with whatever else the caller runs on it), started in the
     * order of their names; workers take them as they come.
     */
    Step managerStep(String name, Step worker, Partitioner partitioner, StepExecutionListener listener,
                     SimpleAsyncTaskExecutor local);

    /** Where the partitions run, for logs and summaries. */
    String describe();
}
