package org.fundclear.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.fundclear.jobs.cli.FundclearCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-national} at a tiny size on H2: the month is imported, cleared and audited in one database, every
 * measured stage comes with its floor, and the JSON has the issue's shape (database, settlements, stages with
 * name/seconds/rows, floor with name/seconds, ratio, peak_heap_mb).
 */
class BenchNationalTest {

    @Test
    void importsClearsAndAuditsAMonthAndWritesTheIssuesJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("national.json");
        int code = FundclearCommand.run("bench-national", "--settlements", "500", "--dir", dir.resolve("bench").toString(),
                "--json", file.toString());
        assertThat(code).isZero();
        assertThat(dir.resolve("bench/input-500-7/fees-2026-10.csv")).exists();

        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.get("database").asString()).isEqualTo("H2");
        long settlements = json.get("settlements").asLong();
        assertThat(settlements).isGreaterThanOrEqualTo(500);
        List<String> names = new ArrayList<>();
        double measured = 0;
        for (JsonNode stage : json.get("stages")) {
            String name = stage.get("name").asString();
            names.add(name);
            assertThat(stage.get("seconds").asDouble()).as(name).isPositive();
            assertThat(stage.get("rows").asLong()).as(name).isPositive();
            if (name.equals("import settlements") || name.equals("clear") || name.equals("audit")) {
                measured += stage.get("seconds").asDouble();
            }
        }
        assertThat(names).containsExactly("import settlements", "floor: import settlements (JDBC batch insert)",
                "import fees, ledger, reference files", "clear", "floor: clear (GROUP BY + LEFT JOIN)", "audit",
                "floor: audit (one pass over settlements and fee lines)");
        assertThat(json.get("stages").get(0).get("rows").asLong()).isEqualTo(settlements);
        double floor = json.get("floor").get("seconds").asDouble();
        assertThat(floor).isPositive();
        assertThat(json.get("ratio").asDouble()).isCloseTo(measured / floor, Offset.offset(1e-9));
        assertThat(json.get("peak_heap_mb").asLong()).isPositive();
        assertThat(Files.exists(dir.resolve("bench/db/fundclear.mv.db"))).isTrue();
    }
}
