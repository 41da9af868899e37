package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    /** A table a clerk reads: each file written with its rows, not the generator's record dumped. */
    @Test
    void generatePrintsEachFileWithItsRows(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("", "generate", "--month", "2026-10", "--out", dir.toString(), "--settlements", "2000",
                "--per-pattern", "0");

        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("GenerationResult[");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("file").contains("rows");
        long settlementRows = Files.lines(dir.resolve("settlements-2026-10.csv")).count() - 1;
        long feeRows = Files.lines(dir.resolve("fees-2026-10.csv")).count() - 1;
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("settlements-2026-10.csv")
                .contains("%,d".formatted(settlementRows)).contains("2,000 settlements"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("fees-2026-10.csv")
                .contains("%,d".formatted(feeRows)).contains("fee lines"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("persons.csv").contains("persons"));
        // the counts stand in one right-aligned column
        int end = lines.get(0).indexOf("rows") + "rows".length();
        assertThat(lines.subList(1, lines.size())).filteredOn(l -> l.contains("fees") || l.contains("settlements-"))
                .allSatisfy(line -> assertThat(Character.isDigit(line.charAt(end - 1))).isTrue());
    }
}
