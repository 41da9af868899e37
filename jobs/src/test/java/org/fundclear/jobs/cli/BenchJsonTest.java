package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' {@code --json FILE} at a tiny size writes what a tool needs to compare runs. */
class BenchJsonTest {

    @Test
    void benchClearWritesItsResultAsJson(@TempDir Path dir) {
        Path file = dir.resolve("results/clear.json");
        CliRun run = CliRun.of("", "bench-clear", "--settlements", "300", "--dir", dir.resolve("bench").toString(),
                "--json", file.toString());
        assertThat(run.code()).as(run.err()).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.get("database").asString()).isEqualTo("H2");
        assertThat(json.get("settlements").asLong()).isGreaterThanOrEqualTo(300);
        JsonNode stage = json.get("stages").get(0);
        assertThat(stage.get("name").asString()).isEqualTo("clear");
        assertThat(stage.get("seconds").asDouble()).isPositive();
        assertThat(stage.get("rows").asLong()).isEqualTo(json.get("settlements").asLong());
        assertThat(json.get("floor").get("name").asString()).isNotBlank();
        double floor = json.get("floor").get("seconds").asDouble();
        assertThat(floor).isPositive();
        assertThat(json.get("ratio").asDouble()).isCloseTo(stage.get("seconds").asDouble() / floor,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("peak_heap_mb").asLong()).isPositive();
    }

    @Test
    void benchImportMeasuresEachPathInEveryRunAndReportsTheMedians(@TempDir Path dir) {
        Path file = dir.resolve("import.json");
        CliRun run = CliRun.of("", "bench-import", "--settlements", "300", "--runs", "2", "--warm-up", "0",
                "--dir", dir.resolve("bench").toString(), "--json", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("run 1 of 2: floor", "run 2 of 2: floor", "2 runs each, alternating");

        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        JsonNode stage = json.get("stages").get(0);
        assertThat(stage.get("name").asString()).isEqualTo("import");
        assertThat(stage.get("rows").asLong()).isEqualTo(json.get("settlements").asLong()).isGreaterThanOrEqualTo(300);
        assertThat(json.get("ratio").asDouble()).isCloseTo(stage.get("seconds").asDouble()
                / json.get("floor").get("seconds").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }
}
