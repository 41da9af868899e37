package org.fundclear.jobs.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.IMPORT_REPEAT;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.DefectCorpus;
import org.fundclear.jobs.TestApplication;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.jooq.tables.records.ImportRejectRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance corpus (every defect kind of spec/README.md) through the real import job: every
 * line ends up loaded, rejected with the expected reason and field, or counted as a repeat; no good
 * line is rejected; importing everything again changes nothing. The corpus's quoted line break is two
 * rejected lines (E22, E01): no input field may span lines.
 */
class DefectCorpusImportTest {
    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");

    record Expected(String file, long line, String setlId, String code, String field) {
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void everyLineIsAccountedForWithTheRightReason(DatabaseVendor vendor, @TempDir Path dir) throws IOException {
        DefectCorpus.write(dir, MONTH.value(), 5);
        List<Expected> expected = readExpected(dir.resolve("defects-expected.csv"));
        try (TestDatabase db = TestDatabase.create(vendor);
             var context = TestApplication.start(db, Map.of("fundclear.import.chunk-size", 37))) {
            DSLContext dsl = db.dsl();
            ImportService imports = context.getBean(ImportService.class);
            List<InputFiles.InputFile> inputs = InputFiles.expand(List.of(dir));
            List<FileImportResult> results = imports.importFiles(MONTH, StandardCharsets.UTF_8, inputs);

            for (FileImportResult r : results) {
                String name = r.file().getFileName().toString();
                switch (name) {
                    case "settlements-badenc.csv", "settlements-gb18030.csv" -> {
                        assertThat(r.outcome()).as(name).isEqualTo(FileImportResult.Outcome.FILE_REJECTED);
                        ImportRejectRecord reject = dsl.fetchSingle(IMPORT_REJECT, IMPORT_REJECT.FILE_NAME.eq(name));
                        assertThat(reject.getFileLine()).isZero();
                        assertThat(reject.getReasonCode()).isEqualTo("E16");
                        assertThat(reject.getMessage()).contains(name, "offset");
                        assertThat(dsl.fetchCount(SETTLEMENT, SETTLEMENT.IMPORT_FILE_ID.eq(r.importFileId()))).isZero();
                    }
                    default -> {
                        assertThat(r.outcome()).as(name).isEqualTo(FileImportResult.Outcome.LOADED);
                        long records = ImportRestartTest.csvRecords(r.file(), StandardCharsets.UTF_8);
                        assertThat(r.counts().rows()).as(name + " rows").isEqualTo(records);
                        assertThat(r.counts().loaded() + r.counts().rejected() + r.counts().repeats()).isEqualTo(records);
                        IntakeKind<?> kind = IntakeKind.forFileName(name).orElseThrow();
                        assertThat(r.counts().loaded()).as(name + ": loaded, as the chunks counted, less rejected reversals")
                                .isEqualTo(dsl.fetchCount(kind.table(), kind.importFileId().eq(r.importFileId())));
                    }
                }
            }
            assertThat(rejectLines(dsl, "settlements-nocol.csv").values()).isNotEmpty().allMatch("E17"::equals);
            assertThat(rejectLines(dsl, "settlements-bom.csv")).isEmpty();
            if (vendor == DatabaseVendor.POSTGRESQL) {
                String partition = MonthPartitions.partitionName("settlement", MONTH.toString());
                assertThat(dsl.fetchValue("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?", partition))
                        .as("the month's partition analysed by the import, beside its checks").isNotNull();
            }

            for (String file : List.of("settlements-defects.csv", "ledger-defects.csv", "fees-defects.csv")) {
                Map<Long, String> wantRejected = new TreeMap<>();
                List<Long> wantRepeats = new ArrayList<>();
                for (Expected e : expected) {
                    if (e.file().equals(file)) {
                        if (e.code().equals("REPEAT")) {
                            wantRepeats.add(e.line());
                        } else {
                            wantRejected.put(e.line(), e.code());
                        }
                    }
                }
                assertThat(wantRejected).as(file + " has planted defects").isNotEmpty();
                wantRejected.putAll(quoteLeftOpen(dir.resolve(file)));
                assertThat(rejectLines(dsl, file)).as(file + ": line → reason").isEqualTo(wantRejected);
                assertThat(repeatLines(dsl, file)).as(file + ": repeats").containsExactlyInAnyOrderElementsOf(wantRepeats);
                for (Expected e : expected) {
                    if (e.file().equals(file) && !e.code().equals("REPEAT") && !e.field().isEmpty()) {
                        ImportRejectRecord actual = dsl.fetchSingle(IMPORT_REJECT, IMPORT_REJECT.FILE_NAME.eq(file)
                                .and(IMPORT_REJECT.FILE_LINE.eq(e.line())));
                        assertThat(actual.getFieldName()).as(file + " line " + e.line() + " field").isEqualTo(e.field());
                        assertThat(actual.getRecordKey()).as(file + " line " + e.line() + " setl_id")
                                .isEqualTo(e.setlId().isEmpty() ? null : e.setlId());
                    }
                }
            }

            // The GB18030 file loads cleanly when its encoding is declared.
            Path gb = dir.resolve("settlements-gb18030.csv");
            FileImportResult gbResult = imports.importFiles(MONTH, Charset.forName("GB18030"),
                    List.of(new InputFiles.InputFile(gb, IntakeKind.SETTLEMENTS))).get(0);
            assertThat(gbResult.outcome()).isEqualTo(FileImportResult.Outcome.LOADED);
            assertThat(gbResult.counts().rejected()).isZero();
            assertThat(gbResult.counts().loaded()).isEqualTo(ImportRestartTest.csvRecords(gb, Charset.forName("GB18030")));

            // Importing everything again changes nothing.
            List<Integer> before = tableCounts(dsl);
            List<FileImportResult> again = imports.importFiles(MONTH, StandardCharsets.UTF_8, inputs);
            assertThat(again).allMatch(r -> r.outcome() == FileImportResult.Outcome.ALREADY_LOADED);
            assertThat(tableCounts(dsl)).isEqualTo(before);
        }
    }

    /**
     * The corpus's one quoted field with a line break (psn_name): no input field may span lines (issue 10), so the
     * line that opens the quote is rejected with E22 and the line holding the rest of the record with E01.
     */
    private static Map<Long, String> quoteLeftOpen(Path file) throws IOException {
        Map<Long, String> rejects = new TreeMap<>();
        List<String> lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("(.*,)?\"[^\"]*")) {
                rejects.put(i + 1L, "E22");
                rejects.put(i + 2L, "E01");
            }
        }
        return rejects;
    }

    private static Map<Long, String> rejectLines(DSLContext dsl, String file) {
        return dsl.select(IMPORT_REJECT.FILE_LINE, IMPORT_REJECT.REASON_CODE).from(IMPORT_REJECT)
                .where(IMPORT_REJECT.FILE_NAME.eq(file))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), (a, b) -> a, TreeMap::new));
    }

    private static List<Long> repeatLines(DSLContext dsl, String file) {
        return dsl.select(IMPORT_REPEAT.FILE_LINE).from(IMPORT_REPEAT)
                .join(org.fundclear.sql.jooq.Tables.IMPORT_FILE)
                .on(org.fundclear.sql.jooq.Tables.IMPORT_FILE.ID.eq(IMPORT_REPEAT.IMPORT_FILE_ID))
                .where(org.fundclear.sql.jooq.Tables.IMPORT_FILE.FILE_NAME.eq(file))
                .fetch(IMPORT_REPEAT.FILE_LINE);
    }

    private static List<Integer> tableCounts(DSLContext dsl) {
        return List.of(dsl.fetchCount(SETTLEMENT), dsl.fetchCount(LEDGER_ENTRY), dsl.fetchCount(FEE_LINE),
                dsl.fetchCount(IMPORT_REJECT), dsl.fetchCount(IMPORT_REPEAT));
    }

    private static List<Expected> readExpected(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : reader) {
                out.add(new Expected(r.getField("file"), Long.parseLong(r.getField("line")), r.getField("setl_id"),
                        r.getField("reason_code"), r.getField("field")));
            }
        }
        return out;
    }
}
