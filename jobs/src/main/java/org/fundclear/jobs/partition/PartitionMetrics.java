package org.fundclear.jobs.partition;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The partitions this process ran, for its /actuator/prometheus (a worker's scrape shows its own work):
 * {@code fundclear_partition_duration_seconds{step,status}} and {@code fundclear_partition_rows_total{step}}, step
 * being the worker step (e.g. {@code linesPartition}), never a region or a person.
 */
@Component
public class PartitionMetrics implements StepExecutionListener {
    private final MeterRegistry registry;

    public PartitionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ExitStatus afterStep(StepExecution execution) {
        String step = execution.getStepName().split(":", 2)[0];
        LocalDateTime start = execution.getStartTime();
        if (start != null) {
            Timer.builder("fundclear.partition.duration").description("Partitions of a partitioned step run here")
                    .tags("step", step, "status", execution.getStatus().name()).register(registry)
                    .record(Duration.between(start, LocalDateTime.now()));
        }
        Counter.builder("fundclear.partition.rows").description("Rows the partitions run here wrote")
                .tags("step", step).register(registry).increment(execution.getWriteCount());
        return execution.getExitStatus();
    }
}
