package org.fundclear.jobs.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.REGION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.TestApplication;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.jooq.tables.records.ImportRejectRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seven data lines of a generated file, the fifth physical line opening a quote that never closes (a settlements,
 * a ledger and a regions file): that line alone is rejected with E22 naming the field, the lines after it load,
 * and rows = loaded + rejected + repeats.
 */
class UnterminatedQuoteImportTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final int BROKEN_LINE = 5;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void theLineThatOpensAQuoteIsRejectedAndTheNextLinesLoad(DatabaseVendor vendor, @TempDir Path dir) throws IOException {
        ScenarioGenerator.generate(new ScenarioRequest(MONTH, 1, dir.resolve("generated"), 200, 5));
        Path month = dir.resolve("generated").resolve(MONTH.toString());
        Path in = Files.createDirectories(dir.resolve("in"));
        List<List<String>> settlements = breakFifthLine(month.resolve("settlements-" + MONTH + ".csv"),
                in.resolve("settlements-quote.csv"), "psn_name");
        List<List<String>> ledger = breakFifthLine(month.resolve("ledger-" + MONTH + ".csv"),
                in.resolve("ledger-quote.csv"), "psn_no");
        List<List<String>> regions = breakFifthLine(month.resolve("regions.csv"), in.resolve("regions-quote.csv"), "name");

        try (TestDatabase db = TestDatabase.create(vendor); var context = TestApplication.start(db, Map.of())) {
            DSLContext dsl = db.dsl();
            List<FileImportResult> results = context.getBean(ImportService.class).importFiles(new CycleMonth(MONTH),
                    StandardCharsets.UTF_8, List.of(new InputFiles.InputFile(in.resolve("regions-quote.csv"), IntakeKind.REGIONS),
                            new InputFiles.InputFile(in.resolve("settlements-quote.csv"), IntakeKind.SETTLEMENTS),
                            new InputFiles.InputFile(in.resolve("ledger-quote.csv"), IntakeKind.LEDGER)));
            for (FileImportResult r : results) {
                String name = r.file().getFileName().toString();
                assertThat(r.outcome()).as(name).isEqualTo(FileImportResult.Outcome.LOADED);
                assertThat(List.of(r.counts().rows(), r.counts().loaded(), r.counts().rejected(), r.counts().repeats()))
                        .as(name + ": rows, loaded, rejected, repeats").containsExactly(7L, 6L, 1L, 0L);
                ImportRejectRecord reject = dsl.fetchSingle(IMPORT_REJECT, IMPORT_REJECT.FILE_NAME.eq(name));
                assertThat(reject.getFileLine()).as(name).isEqualTo(BROKEN_LINE);
                assertThat(reject.getReasonCode()).as(name).isEqualTo("E22");
            }
            assertThat(rejectField(dsl, "settlements-quote.csv")).isEqualTo("psn_name");
            assertThat(rejectField(dsl, "ledger-quote.csv")).isEqualTo("psn_no");
            assertThat(rejectField(dsl, "regions-quote.csv")).isEqualTo("name");

            assertLoaded(dsl, SETTLEMENT, SETTLEMENT.SETL_ID, settlements, "setl_id");
            assertLoaded(dsl, LEDGER_ENTRY, LEDGER_ENTRY.SETL_ID, ledger, "setl_id");
            assertLoaded(dsl, REGION, REGION.ADMDVS, regions, "admdvs");
        }
    }

    /**
     * Copies the header and the first seven data lines of {@code from}, opening a quote in {@code field} of
     * physical line 5 that is never closed; returns the header and the seven lines as fields.
     */
    private static List<List<String>> breakFifthLine(Path from, Path to, String field) throws IOException {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8).subList(0, 8);
        List<List<String>> rows = new ArrayList<>();
        lines.forEach(l -> rows.add(List.of(l.split(",", -1))));
        assertThat(lines).as(from + " has no quoted fields").noneMatch(l -> l.contains("\""));
        int column = rows.get(0).indexOf(field);
        List<String> broken = new ArrayList<>(rows.get(BROKEN_LINE - 1));
        broken.set(column, "\"" + broken.get(column) + " 未闭合");
        List<String> out = new ArrayList<>(lines);
        out.set(BROKEN_LINE - 1, String.join(",", broken));
        Files.write(to, out, StandardCharsets.UTF_8);
        return rows;
    }

    private static String rejectField(DSLContext dsl, String file) {
        return dsl.select(IMPORT_REJECT.FIELD_NAME).from(IMPORT_REJECT).where(IMPORT_REJECT.FILE_NAME.eq(file)).fetchOne(0, String.class);
    }

    /** Every data line but the broken one is in the table, those after it included. */
    private static void assertLoaded(DSLContext dsl, Table<?> table, Field<String> key, List<List<String>> rows,
                                     String keyColumn) {
        int column = rows.get(0).indexOf(keyColumn);
        List<String> want = new ArrayList<>();
        for (int line = 2; line <= 8; line++) {
            if (line != BROKEN_LINE) {
                want.add(rows.get(line - 1).get(column));
            }
        }
        assertThat(dsl.select(key).from(table).fetch(key)).containsExactlyInAnyOrderElementsOf(want);
    }
}
