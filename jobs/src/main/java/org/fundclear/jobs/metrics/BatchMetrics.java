package org.fundclear.jobs.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Durations of the import and clear jobs and their steps, and the rows each step read, wrote and rejected, recorded
 * by the services that launch the jobs once an execution ends (a failed one too: its status is a tag).
 */
@Component
public class BatchMetrics {
    private final MeterRegistry registry;

    public BatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void recordJob(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        time("fundclear.job.duration", execution.getStartTime(), execution.getEndTime(), "job", job,
                "status", execution.getStatus().name());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition (worker step execution): its manager step carries the partitions' sums
            }
            time("fundclear.step.duration", step.getStartTime(), step.getEndTime(), "job", job,
                    "step", step.getStepName(), "status", step.getStatus().name());
            rows(job, step.getStepName(), "read", step.getReadCount());
            rows(job, step.getStepName(), "written", step.getWriteCount());
            rows(job, step.getStepName(), "rejected", step.getSkipCount() + step.getFilterCount());
        }
    }

    /** Lines a step stored as rejects rather than skipping them (the import keeps every line accounted for). */
    public void recordRejected(String job, String step, long rows) {
        rows(job, step, "rejected", rows);
    }

    private void rows(String job, String step, String kind, long n) {
        Counter.builder("fundclear.step.rows").description("Rows a job step read, wrote or rejected")
                .tags("job", job, "step", step, "kind", kind).register(registry).increment(n);
    }

    private void time(String name, LocalDateTime start, LocalDateTime end, String... tags) {
        if (start != null && end != null) {
            Timer.builder(name).tags(tags).register(registry).record(Duration.between(start, end));
        }
    }
}
