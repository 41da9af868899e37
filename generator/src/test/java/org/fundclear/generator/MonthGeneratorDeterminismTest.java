package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthGeneratorDeterminismTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    @Test
    void sameRequestWritesByteIdenticalFiles() throws IOException {
        GenerationResult first = MonthGenerator.generate(new GenerationRequest(MONTH, tmp.resolve("a"), 3000, 7));
        GenerationResult second = MonthGenerator.generate(new GenerationRequest(MONTH, tmp.resolve("b"), 3000, 7));

        assertThat(first.files()).hasSize(8);
        assertThat(second).usingRecursiveComparison().ignoringFields("files").isEqualTo(first);
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.readAllBytes(second.files().get(i)))
                    .as(first.files().get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.files().get(i)));
        }
    }

    @Test
    void theAltBackgroundIsDeterministicTooAndDiffersFromTheDefault() throws IOException {
        GenerationResult first = MonthGenerator.generate(
                new GenerationRequest(MONTH, tmp.resolve("a"), 2000, 7, Background.ALT));
        GenerationResult second = MonthGenerator.generate(
                new GenerationRequest(MONTH, tmp.resolve("b"), 2000, 7, Background.ALT));
        GenerationResult plain = MonthGenerator.generate(new GenerationRequest(MONTH, tmp.resolve("c"), 2000, 7));

        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.readAllBytes(second.files().get(i))).as(first.files().get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.files().get(i)));
        }
        assertThat(Files.readAllBytes(plain.files().get(0))).isNotEqualTo(Files.readAllBytes(first.files().get(0)));
    }

    @Test
    void differentSeedWritesDifferentSettlements() throws IOException {
        GenerationResult first = MonthGenerator.generate(new GenerationRequest(MONTH, tmp.resolve("a"), 500, 1));
        GenerationResult second = MonthGenerator.generate(new GenerationRequest(MONTH, tmp.resolve("b"), 500, 2));

        assertThat(Files.readAllBytes(second.files().get(0))).isNotEqualTo(Files.readAllBytes(first.files().get(0)));
    }

    @Test
    void defaultsAreTwoThousandSettlementsWithSeed42() throws IOException {
        GenerationRequest request = GenerationRequest.of(MONTH, tmp.resolve("nested/dir"));
        GenerationResult result = MonthGenerator.generate(request);

        assertThat(request.settlements()).isEqualTo(2000);
        assertThat(request.seed()).isEqualTo(42);
        assertThat(request.discrepancies()).isEqualTo(DiscrepancyRates.DEFAULTS);
        assertThat(result.settlements()).isEqualTo(2000);
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "settlements-2026-10.csv", "ledger-2026-10.csv", "fees-2026-10.csv", "regions.csv",
                "institutions.csv", "persons.csv", "filings.csv", "catalog.csv");
    }

    @Test
    void filesAreUtf8WithoutBomAndCrlf() throws IOException {
        GenerationResult result = MonthGenerator.generate(new GenerationRequest(MONTH, tmp, 200, 3));
        for (Path file : result.files()) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[0]).as(file.toString()).isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).endsWith("\r\n").doesNotContain("\n\n");
            assertThat(text.replace("\r\n", "")).as(file.toString()).doesNotContain("\n", "\r");
        }
    }
}
