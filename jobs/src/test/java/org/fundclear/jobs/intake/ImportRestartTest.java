package org.fundclear.jobs.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.intake.ImportCounts;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.TestApplication;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash in the middle of a file: the next run resumes after the last committed chunk. */
class ImportRestartTest {
    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");

    @Test
    void aFailedImportResumesWhereItStoppedWithoutReadingCommittedLinesAgain(@TempDir Path dir) throws Exception {
        MonthGenerator.generate(new GenerationRequest(MONTH.value(), dir, 3000, 11));
        Path file = dir.resolve("settlements-" + MONTH + ".csv");
        var input = List.of(new InputFiles.InputFile(file, IntakeKind.SETTLEMENTS));
        try (TestDatabase db = TestDatabase.h2();
             var context = TestApplication.start(db, Map.of("fundclear.import.chunk-size", 500))) {
            DSLContext dsl = db.dsl();
            dsl.execute("CREATE TRIGGER crash_once BEFORE INSERT ON settlement FOR EACH ROW CALL \""
                    + CrashOnceTrigger.class.getName() + "\"");
            ImportService imports = context.getBean(ImportService.class);

            CrashOnceTrigger.COUNTDOWN.set(1700);
            FileImportResult failed = imports.importFiles(MONTH, StandardCharsets.UTF_8, input).get(0);
            assertThat(failed.outcome()).isEqualTo(FileImportResult.Outcome.FAILED);
            assertThat(failed.message()).contains("simulated crash");
            assertThat(dsl.fetchCount(SETTLEMENT)).as("three chunks of 500 committed").isEqualTo(1500);

            FileImportResult resumed = imports.importFiles(MONTH, StandardCharsets.UTF_8, input).get(0);
            assertThat(resumed.outcome()).isEqualTo(FileImportResult.Outcome.LOADED);
            long rows = dsl.fetchCount(SETTLEMENT);
            assertThat(resumed.counts()).isEqualTo(new ImportCounts(rows, rows, 0, 0));
            assertThat(rows).isEqualTo(csvRecords(file, StandardCharsets.UTF_8));

            FileImportResult again = imports.importFiles(MONTH, StandardCharsets.UTF_8, input).get(0);
            assertThat(again.outcome()).isEqualTo(FileImportResult.Outcome.ALREADY_LOADED);
            assertThat(dsl.fetchCount(SETTLEMENT)).isEqualTo((int) rows);
        } finally {
            CrashOnceTrigger.COUNTDOWN.set(-1);
        }
    }

    static long csvRecords(Path file, java.nio.charset.Charset charset) {
        try (var source = new org.fundclear.clearing.intake.CsvSource(file, charset)) {
            long n = 0;
            while (source.next() != null) {
                n++;
            }
            return n;
        }
    }
}
