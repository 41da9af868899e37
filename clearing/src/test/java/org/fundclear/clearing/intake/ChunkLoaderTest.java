package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.DATA_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.IMPORT_REPEAT;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.jooq.tables.records.PersonRecord;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading chunks into a real database: repeats are no-ops, conflicts are rejected, reference data updates. */
class ChunkLoaderTest {
    private static final CycleMonth OCTOBER = CycleMonth.parse("2026-10");
    private static final CycleMonth NOVEMBER = CycleMonth.parse("2026-11");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void identicalRepeatsAreCountedAndConflictsRejectedWithinAndAcrossFiles(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            var interpreter = settlements(OCTOBER);
            var loader = new ChunkLoader<>(IntakeKind.SETTLEMENTS);
            ImportedFile first = register(dsl, "settlements-a.csv", "a");
            var s1 = SettlementLines.valid("S1");
            List<ParsedLine<SettlementRecord>> chunk = new ArrayList<>();
            chunk.add(interpreter.interpret(2, s1.fields()));
            chunk.add(interpreter.interpret(3, SettlementLines.valid("S2").fields()));
            chunk.add(interpreter.interpret(4, s1.fields()));                                        // identical
            chunk.add(interpreter.interpret(5, SettlementLines.valid("S2").set("acct_pay", "40.00")
                    .set("psn_cash_pay", "61.50").fields()));                                        // conflict
            chunk.add(interpreter.interpret(6, SettlementLines.valid("S3").set("hifp_pay", "x").fields()));
            ChunkOutcome outcome = loader.load(dsl, first, chunk);
            assertThat(outcome).isEqualTo(new ChunkOutcome(2, 2, 1));

            ImportedFile second = register(dsl, "settlements-b.csv", "b");
            ChunkOutcome again = loader.load(dsl, second, List.of(
                    interpreter.interpret(2, s1.fields()),
                    interpreter.interpret(3, SettlementLines.valid("S1").set("psn_no", "P999").fields())));
            assertThat(again).isEqualTo(new ChunkOutcome(0, 1, 1));

            assertThat(dsl.fetchCount(SETTLEMENT)).isEqualTo(2);
            assertThat(dsl.fetchValue(SETTLEMENT.ACCT_PAY, SETTLEMENT.SETL_ID.eq("S2"))).isEqualByComparingTo("50.00");
            assertThat(dsl.selectFrom(IMPORT_REJECT).where(IMPORT_REJECT.IMPORT_FILE_ID.eq(first.id()))
                    .orderBy(IMPORT_REJECT.FILE_LINE).fetch(IMPORT_REJECT.REASON_CODE)).containsExactly("E14", "E02");
            var conflict = dsl.fetchSingle(IMPORT_REJECT, IMPORT_REJECT.IMPORT_FILE_ID.eq(second.id()));
            assertThat(conflict.getRecordKey()).isEqualTo("S1");
            assertThat(conflict.getMessage()).contains("psn_no", "P001", "P999");
            assertThat(dsl.fetchCount(IMPORT_REPEAT)).isEqualTo(2);
        }
    }

    /** PostgreSQL's monthly partitions key on (setl_id, cycle_month): a setl_id of another month is still found. */
    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aKeyLoadedInAnotherMonthIsARepeatOrAConflict(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            partitions(dsl, OCTOBER, NOVEMBER);
            var october = settlements(OCTOBER);
            var late = settlements(NOVEMBER);
            var loader = new ChunkLoader<>(IntakeKind.SETTLEMENTS);
            assertThat(loader.load(dsl, register(dsl, "settlements-a.csv", "a"), List.of(
                    october.interpret(2, SettlementLines.valid("S1").fields()),
                    october.interpret(3, SettlementLines.valid("S2").fields()))))
                    .isEqualTo(new ChunkOutcome(2, 0, 0));

            ImportedFile next = register(dsl, "settlements-b.csv", "b", NOVEMBER);
            assertThat(loader.load(dsl, next, List.of(
                    late.interpret(2, SettlementLines.valid("S1").fields()),                        // identical
                    late.interpret(3, SettlementLines.valid("S2").set("psn_no", "P999").fields()),  // conflict
                    late.interpret(4, SettlementLines.valid("S3").fields()))))
                    .isEqualTo(new ChunkOutcome(1, 1, 1));
            assertThat(dsl.fetchCount(SETTLEMENT)).isEqualTo(3);
            assertThat(dsl.fetchCount(SETTLEMENT, SETTLEMENT.SETL_ID.eq("S1"))).isEqualTo(1);
            assertThat(dsl.fetchSingle(IMPORT_REJECT).getReasonCode()).isEqualTo("E14");
        }
    }

    /**
     * Lines taken from a source as they are stored (on PostgreSQL straight into a COPY): a repeat inside the chunk, a
     * key loaded before and a key of another month roll the chunk back to its savepoint and are told apart as by
     * {@link ChunkLoader#load}; a clean chunk keeps its rejects; a short chunk means the source ended.
     */
    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void streamedChunksAreCountedAsLoadedOnes(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            partitions(dsl, OCTOBER, NOVEMBER);
            var october = settlements(OCTOBER);
            var loader = new ChunkLoader<>(IntakeKind.SETTLEMENTS);
            ImportedFile file = register(dsl, "settlements-a.csv", "a");
            var lines = List.of(
                    october.interpret(2, SettlementLines.valid("S1").fields()),
                    october.interpret(3, SettlementLines.valid("S2").fields()),
                    october.interpret(4, SettlementLines.valid("S1").fields()),                     // identical
                    october.interpret(5, SettlementLines.valid("S2").set("psn_no", "P999").fields()), // conflict
                    october.interpret(6, SettlementLines.valid("S3").set("hifp_pay", "x").fields()),  // E02
                    october.interpret(7, SettlementLines.valid("S4").fields()),
                    october.interpret(8, SettlementLines.valid("S5").set("hifp_pay", "x").fields())); // E02
            var source = lines.iterator();
            Supplier<ParsedLine<SettlementRecord>> next = () -> source.hasNext() ? source.next() : null;

            assertThat(streamed(dsl, loader, file, next, 3))
                    .isEqualTo(new ChunkLoader.StreamedChunk(new ChunkOutcome(2, 0, 1), 3));
            assertThat(streamed(dsl, loader, file, next, 2))
                    .isEqualTo(new ChunkLoader.StreamedChunk(new ChunkOutcome(0, 2, 0), 2));
            assertThat(streamed(dsl, loader, file, next, 3))
                    .as("a clean chunk, cut short by the end of the source")
                    .isEqualTo(new ChunkLoader.StreamedChunk(new ChunkOutcome(1, 1, 0), 2));
            assertThat(streamed(dsl, loader, file, next, 3))
                    .isEqualTo(new ChunkLoader.StreamedChunk(new ChunkOutcome(0, 0, 0), 0));

            var late = settlements(NOVEMBER);
            ImportedFile next2 = register(dsl, "settlements-b.csv", "b", NOVEMBER);
            var lateLines = List.of(
                    late.interpret(2, SettlementLines.valid("S1").fields()),                        // identical
                    late.interpret(3, SettlementLines.valid("S4").set("psn_no", "P999").fields()),  // conflict
                    late.interpret(4, SettlementLines.valid("S6").fields())).iterator();
            assertThat(streamed(dsl, loader, next2, () -> lateLines.hasNext() ? lateLines.next() : null, 5))
                    .as("keys of another month").isEqualTo(new ChunkLoader.StreamedChunk(new ChunkOutcome(1, 1, 1), 3));

            assertThat(dsl.select(SETTLEMENT.SETL_ID).from(SETTLEMENT).orderBy(SETTLEMENT.SETL_ID).fetch(SETTLEMENT.SETL_ID))
                    .containsExactly("S1", "S2", "S4", "S6");
            assertThat(dsl.selectFrom(IMPORT_REJECT).orderBy(IMPORT_REJECT.IMPORT_FILE_ID, IMPORT_REJECT.FILE_LINE)
                    .fetch(r -> r.getFileLine() + " " + r.getReasonCode()))
                    .containsExactly("5 E14", "6 E02", "8 E02", "3 E14");
            assertThat(dsl.fetchCount(IMPORT_REPEAT)).isEqualTo(2);
            assertThat(dsl.fetchValue(SETTLEMENT.FILE_LINE, SETTLEMENT.SETL_ID.eq("S4"))).isEqualTo(7L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void referenceDataFromALaterFileUpdatesButADuplicateKeyInOneFileIsAConflict(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            List<String> header = List.of("psn_no", "psn_name", "insu_admdvs", "insutype");
            var interpreter = new LineInterpreter<>(IntakeKind.PERSONS, new CsvHeader(header), OCTOBER);
            var loader = new ChunkLoader<>(IntakeKind.PERSONS);
            ImportedFile first = register(dsl, "persons.csv", "p1");
            assertThat(loader.load(dsl, first, List.of(
                    interpreter.interpret(2, List.of("P1", "张三", "530900", "310")),
                    interpreter.interpret(3, List.of("P1", "张三丰", "530900", "310")))))
                    .isEqualTo(new ChunkOutcome(1, 1, 0));
            // the same key in a later chunk of the same file: the optimistic insert fails, the lookup classifies
            assertThat(loader.load(dsl, first, List.of(
                    interpreter.interpret(4, List.of("P1", "张三", "530900", "310")),
                    interpreter.interpret(5, List.of("P2", "李四", "530900", "310")))))
                    .isEqualTo(new ChunkOutcome(1, 0, 1));
            assertThat(loader.load(dsl, first, List.of(
                    interpreter.interpret(6, List.of("P2", "李四", "530900", "390")))))
                    .isEqualTo(new ChunkOutcome(0, 1, 0));

            ImportedFile second = register(dsl, "persons-2.csv", "p2");
            assertThat(loader.load(dsl, second, List.of(
                    interpreter.interpret(2, List.of("P1", "张三", "530900", "390")))))
                    .isEqualTo(new ChunkOutcome(1, 0, 0));
            PersonRecord p = dsl.fetchSingle(PERSON, PERSON.PSN_NO.eq("P1"));
            assertThat(p.getInsutype()).isEqualTo("390");
            assertThat(p.getImportFileId()).isEqualTo(second.id());
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void reversalsMustNegateTheirOriginalWhereverItStandsInTheFile(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            var interpreter = settlements(OCTOBER);
            ImportedFile file = register(dsl, "settlements.csv", "r");
            var original = SettlementLines.valid("S1");
            var good = SettlementLines.reversalOf(original, "R1");
            var bad = SettlementLines.reversalOf(original, "R2").set("hifp_pay", "-140.00").set("cvlserv_pay", "-20.00");
            var orphan = SettlementLines.reversalOf(SettlementLines.valid("S9"), "R3");
            ChunkOutcome outcome = new ChunkLoader<>(IntakeKind.SETTLEMENTS).load(dsl, file, List.of(
                    interpreter.interpret(2, good.fields()), interpreter.interpret(3, bad.fields()),
                    interpreter.interpret(4, orphan.fields()), interpreter.interpret(5, original.fields())));
            PostLoadChecks.Checked checked = new PostLoadChecks().run(dsl, IntakeKind.SETTLEMENTS, file);
            long warnings = checked.warnings();
            ImportCounts counts = new ImportFileRepository(Clock.systemUTC())
                    .finish(dsl, file, outcome.loaded() - checked.rejected());

            assertThat(counts).isEqualTo(new ImportCounts(4, 3, 1, 0));
            var reject = dsl.fetchSingle(IMPORT_REJECT);
            assertThat(reject.getReasonCode()).isEqualTo("E18");
            assertThat(reject.getFileLine()).isEqualTo(3L);
            assertThat(reject.getRecordKey()).isEqualTo("R2");
            assertThat(warnings).as("R3's original S9 is not loaded").isEqualTo(1);
            var warning = dsl.fetchSingle(DATA_QUALITY_WARNING);
            assertThat(List.of(warning.getWarningCode(), warning.getFileLine(), warning.getRecordKey()))
                    .containsExactly("W01", 4L, "R3");
            assertThat(dsl.fetch(SETTLEMENT).getValues(SETTLEMENT.SETL_ID)).containsExactlyInAnyOrder("S1", "R1", "R3");
            assertThat(dsl.fetchValue(SETTLEMENT.MEDFEE_SUMAMT, SETTLEMENT.SETL_ID.eq("R1")))
                    .isEqualByComparingTo(new BigDecimal("-261.50"));
        }
    }

    @Test
    void onPostgresqlAChunksCommitDoesNotWaitForTheDiskButTheNextTransactionDoes() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            var interpreter = settlements(OCTOBER);
            ImportedFile file = register(dsl, "settlements.csv", "c");
            String inChunk = dsl.transactionResult(tx -> {
                new ChunkLoader<>(IntakeKind.SETTLEMENTS).load(tx.dsl(), file,
                        List.of(interpreter.interpret(2, SettlementLines.valid("S1").fields())));
                return String.valueOf(tx.dsl().fetchValue("SHOW synchronous_commit"));
            });
            assertThat(inChunk).isEqualTo("off");
            assertThat(String.valueOf(dsl.fetchValue("SHOW synchronous_commit"))).isEqualTo("on");
            assertThat(dsl.fetchCount(SETTLEMENT)).isEqualTo(1);
        }
    }

    /** One chunk in a transaction of its own, as the import's step runs it. */
    private static ChunkLoader.StreamedChunk streamed(DSLContext dsl, ChunkLoader<SettlementRecord> loader,
                                                      ImportedFile file, Supplier<ParsedLine<SettlementRecord>> source,
                                                      int maxLines) {
        return dsl.transactionResult(tx -> loader.stream(tx.dsl(), file, source, maxLines));
    }

    private static ImportedFile register(DSLContext dsl, String name, String checksum) {
        return register(dsl, name, checksum, OCTOBER);
    }

    private static ImportedFile register(DSLContext dsl, String name, String checksum, CycleMonth month) {
        return new ImportFileRepository(Clock.systemUTC()).register(dsl, name, IntakeKind.SETTLEMENTS, checksum,
                "UTF-8", month, null);
    }

    private static LineInterpreter<SettlementRecord> settlements(CycleMonth month) {
        return new LineInterpreter<>(IntakeKind.SETTLEMENTS, new CsvHeader(SettlementLines.HEADER), month);
    }

    private static void partitions(DSLContext dsl, CycleMonth... months) {
        for (CycleMonth month : months) {
            MonthPartitions.ensure(dsl, month.toString());
        }
    }
}
