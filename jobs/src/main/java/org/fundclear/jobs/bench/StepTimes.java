package org.fundclear.jobs.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** How long each Spring Batch step took, from the job repository, as report lines (any vendor). */
final class StepTimes {
    private StepTimes() {
    }

    /** The steps of one job execution. */
    static List<String> of(DSLContext dsl, long jobExecutionId) {
        return lines(dsl, DSL.field("job_execution_id").eq(jobExecutionId));
    }

    /** Every step in the database, in the order they ran (a benchmark's fresh database holds one job's). */
    static List<String> all(DSLContext dsl) {
        return lines(dsl, DSL.noCondition());
    }

    private static List<String> lines(DSLContext dsl, Condition condition) {
        return dsl.select(DSL.field("step_name", String.class), DSL.field("start_time", LocalDateTime.class),
                        DSL.field("end_time", LocalDateTime.class))
                .from(DSL.table("batch_step_execution")).where(condition)
                .orderBy(DSL.field("step_execution_id")).fetch()
                .map(r -> String.format("step %-36s %8.1f s", r.value1(),
                        Duration.between(r.value2(), r.value3()).toMillis() / 1000.0));
    }
}
