package org.fundclear.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a broker, a clear split into many region partitions on threads (fundclear.clear.partitions=16) writes
 * exactly what the default single partition writes, on H2: the region-scoped SQL covers every row once.
 */
class LocalPartitionsTest {
    private static final YearMonth FIRST = YearMonth.of(2026, 9);
    private static final List<CycleMonth> MONTHS = List.of(new CycleMonth(FIRST), new CycleMonth(FIRST.plusMonths(1)));

    @Test
    void manyPartitionsClearAsOne(@TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(FIRST, 2, dir.resolve("in"), 1200, 5));
        Map<CycleMonth, RemotePartitionsTest.Snapshot> one = clear(dir, Map.of());
        Map<CycleMonth, RemotePartitionsTest.Snapshot> many = clear(dir, Map.of("fundclear.clear.partitions", 16,
                "fundclear.clear.partition-threads", 3));
        assertThat(one.get(MONTHS.get(1)).held()).isNotEmpty();
        assertThat(many).isEqualTo(one);
    }

    private static Map<CycleMonth, RemotePartitionsTest.Snapshot> clear(Path dir, Map<String, Object> properties)
            throws Exception {
        Map<CycleMonth, RemotePartitionsTest.Snapshot> results = new TreeMap<>();
        try (TestDatabase db = TestDatabase.h2(); var context = TestApplication.start(db, properties)) {
            for (CycleMonth month : MONTHS) {
                context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                        InputFiles.expand(List.of(dir.resolve("in").resolve(month.toString()))));
            }
            for (CycleMonth month : MONTHS) {
                ClearOutcome outcome = context.getBean(ClearService.class).clear(month, "t");
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
                results.put(month, RemotePartitionsTest.Snapshot.of(db.dsl(), month));
            }
            int partitions = db.dsl().fetchCount(DSL.table("batch_step_execution"),
                    DSL.field("step_name", String.class).like("linesPartition:%"));
            if (properties.isEmpty()) {
                assertThat(partitions).as("one lines partition a month by default").isEqualTo(2);
            } else {
                assertThat(partitions).as("lines partitions over both months").isGreaterThan(20);
            }
        }
        return results;
    }
}
