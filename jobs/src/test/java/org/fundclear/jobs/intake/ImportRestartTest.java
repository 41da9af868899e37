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
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A crash in the middle of a file: the next run resumes after the last committed chunk. */
class ImportRestartTest {
    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aFailedImportResumesWhereItStoppedWithoutReadingCommittedLinesAgain(DatabaseVendor vendor, @TempDir Path dir)
            throws Exception {
        MonthGenerator.generate(new GenerationRequest(MONTH.value(), dir, 3000, 11));
        Path file = dir.resolve("settlements-" + MONTH + ".csv");
        var input = List.of(new InputFiles.InputFile(file, IntakeKind.SETTLEMENTS));
        try (TestDatabase db = TestDatabase.create(vendor);
             var context = TestApplication.start(db, Map.of("fundclear.import.chunk-size", 500))) {
            DSLContext dsl = db.dsl();
            crashOnceAtThe1700thInsert(dsl, vendor);
            ImportService imports = context.getBean(ImportService.class);

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

    /** On PostgreSQL a sequence counts the rows: it is not rolled back with the failed chunk, so it crashes once. */
    private static void crashOnceAtThe1700thInsert(DSLContext dsl, DatabaseVendor vendor) {
        if (vendor == DatabaseVendor.H2) {
            dsl.execute("CREATE TRIGGER crash_once BEFORE INSERT ON settlement FOR EACH ROW CALL \""
                    + CrashOnceTrigger.class.getName() + "\"");
            CrashOnceTrigger.COUNTDOWN.set(1700);
        } else {
            dsl.execute("CREATE SEQUENCE crash_countdown");
            dsl.execute("CREATE FUNCTION crash_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF nextval('crash_countdown') = 1700 THEN RAISE EXCEPTION 'simulated crash during the import'; "
                    + "END IF; RETURN NEW; END $$");
            dsl.execute("CREATE TRIGGER crash_once BEFORE INSERT ON settlement FOR EACH ROW EXECUTE FUNCTION crash_once()");
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
