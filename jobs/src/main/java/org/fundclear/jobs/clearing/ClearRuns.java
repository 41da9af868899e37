package org.fundclear.jobs.clearing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;

/**
 * Clearing started from the console: the run goes on in a background thread (the {@link ClearService} lease still
 * refuses a second run of the month anywhere), and its progress is read back from the Spring Batch job repository.
 */
@Service
public class ClearRuns {
    public record StepRow(String name, String status, long read, long written, LocalDateTime start, LocalDateTime end) {
    }

    /** The month's latest clearMonth execution and its steps so far. */
    public record Progress(long executionId, String status, LocalDateTime start, LocalDateTime end, List<StepRow> steps) {
        public boolean running() {
            return end == null;
        }
    }

    private final ClearService clear;
    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-clear");
        t.setDaemon(true);
        return t;
    });
    private final Map<CycleMonth, ClearOutcome> outcomes = new ConcurrentHashMap<>();

    public ClearRuns(ClearService clear, DSLContext dsl, ClearingCycle cycle) {
        this.clear = clear;
        this.dsl = dsl;
        this.cycle = cycle;
    }

    /**
     * Starts the month's clearing in the background; its outcome is {@link #outcome(CycleMonth)} once it ended. A month
     * that cannot be cleared is refused here already, with the command's message.
     */
    public void start(CycleMonth month, String user) {
        cycle.periods().checkClearable(dsl, month);
        outcomes.remove(month);
        executor.submit(() -> outcomes.put(month, clear.clear(month, user)));
    }

    /** How the last clearing started here ended (refusals included); empty while it runs or if none was started. */
    public Optional<ClearOutcome> outcome(CycleMonth month) {
        return Optional.ofNullable(outcomes.get(month));
    }

    public Optional<Progress> progress(CycleMonth month) {
        Record job = dsl.fetchOne("""
                SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = ? AND e.JOB_EXECUTION_ID = (
                  SELECT MAX(p.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION_PARAMS p
                  JOIN BATCH_JOB_EXECUTION x ON x.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                  JOIN BATCH_JOB_INSTANCE y ON y.JOB_INSTANCE_ID = x.JOB_INSTANCE_ID
                  WHERE y.JOB_NAME = ? AND p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?)""",
                ClearJobConfiguration.JOB_NAME, ClearJobConfiguration.JOB_NAME, ClearJobConfiguration.MONTH,
                month.toString());
        if (job == null) {
            return Optional.empty();
        }
        long id = job.get(0, Long.class);
        List<StepRow> steps = dsl.fetch("""
                SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = ? AND STEP_NAME NOT LIKE '%:%' ORDER BY STEP_EXECUTION_ID""", id)
                .map(r -> new StepRow(r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, LocalDateTime.class), r.get(5, LocalDateTime.class)));
        return Optional.of(new Progress(id, job.get(1, String.class), job.get(2, LocalDateTime.class),
                job.get(3, LocalDateTime.class), steps));
    }
}
