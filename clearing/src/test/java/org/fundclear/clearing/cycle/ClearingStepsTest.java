package org.fundclear.clearing.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.clearing.intake.ChunkLoader;
import org.fundclear.clearing.intake.CsvHeader;
import org.fundclear.clearing.intake.ImportFileRepository;
import org.fundclear.clearing.intake.ImportedFile;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.intake.LineInterpreter;
import org.fundclear.clearing.intake.SettlementLinesAccess;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cycle's business steps on hand-made data: held items, a late ledger row, a cross-month
 * reversal, a deduction posted to the next clearing, the advance-fund arithmetic, and receipts.
 */
class ClearingStepsTest {
    private static final CycleMonth SEP = CycleMonth.parse("2026-09");
    private static final CycleMonth OCT = CycleMonth.parse("2026-10");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final AdvanceFundPolicy POLICY = new AdvanceFundPolicy(new BigDecimal("2"), 12,
            new BigDecimal("500.00"), 1, new BigDecimal("0.70"), 10, 10, Set.of());

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void heldItemsLateRowsReversalsDeductionsAndTheAdvanceFund(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            ClearingCycle cycle = new ClearingCycle(CLOCK, POLICY);
            // September: S1, S2 matched (same group); S3 has no ledger row yet.
            var s1 = SettlementLinesAccess.valid("S1", "2026-09-05 10:00:00");
            var s2 = SettlementLinesAccess.valid("S2", "2026-09-06 10:00:00");
            var s3 = SettlementLinesAccess.valid("S3", "2026-09-07 10:00:00").set("med_type", "41");
            load(dsl, SEP, "settlements-a.csv", IntakeKind.SETTLEMENTS, SettlementLinesAccess.HEADER, s1.fields(), s2.fields(), s3.fields());
            load(dsl, SEP, "ledger-a.csv", IntakeKind.LEDGER, SettlementLinesAccess.LEDGER_HEADER, s1.ledger(), s2.ledger());
            runCycle(dsl, cycle, SEP);

            assertThat(new CycleReconciliation().counts(dsl, SEP)).isEqualTo(Map.of(ReconciliationStatus.MISSING_IN_LEDGER, 1));
            assertThat(dsl.fetchCount(CLEARING_LINE, CLEARING_LINE.CYCLE_MONTH.eq(SEP.toString())
                    .and(CLEARING_LINE.MED_TYPE.eq("41")))).as("S3's group: all held, no line").isZero();
            ClearingLineRecord sep = line(dsl, SEP, "11");
            assertThat(sep.getSetlCnt()).isEqualTo(2L);
            assertThat(sep.getFundPaySumamt()).isEqualByComparingTo("320.00");
            assertThat(sep.getNetPayable()).isEqualByComparingTo("420.00"); // 2 × (160 fund + 50 account)
            var sepPosition = position(dsl, SEP);
            assertThat(sepPosition.getAllotment()).isEqualByComparingTo("500.00");
            assertThat(sepPosition.getOpeningBalance()).isEqualByComparingTo("500.00");
            assertThat(sepPosition.getClosingBalance()).isEqualByComparingTo("80.00");
            assertThat(sepPosition.getUsageRate()).isEqualByComparingTo("0.8400");
            assertThat(sepPosition.getWarning()).isEqualTo("1");
            assertThat(sepPosition.getTopUpAmount()).isEqualByComparingTo("420.00");
            assertThat(sepPosition.getTopUpDue()).isEqualTo(java.time.LocalDate.of(2026, 11, 19));

            // A confirmed deduction on S1; September is confirmed and paid.
            dsl.insertInto(CLEARING_ADJUSTMENT).set(CLEARING_ADJUSTMENT.ID, 1L).set(CLEARING_ADJUSTMENT.SETL_ID, "S1")
                    .set(CLEARING_ADJUSTMENT.AMOUNT, new BigDecimal("10.00"))
                    .set(CLEARING_ADJUSTMENT.ADJUSTMENT_TYPE, "AUDIT_DEDUCTION").set(CLEARING_ADJUSTMENT.REASON, "test")
                    .set(CLEARING_ADJUSTMENT.CONFIRMED_AT, LocalDateTime.now(CLOCK))
                    .set(CLEARING_ADJUSTMENT.CONFIRMED_BY, "inspector").execute();
            assertThat(cycle.confirm(dsl, SEP, "clerk")).isEqualTo(1);
            assertThatThrownBy(() -> cycle.recordReceipt(dsl, SEP, "530900", "530100", new BigDecimal("420.01"), "x", "clerk"))
                    .isInstanceOf(PeriodTransitionException.class).hasMessageContaining("420.00");
            var part = cycle.recordReceipt(dsl, SEP, "530900", "530100", new BigDecimal("100.00"), "BANK-1", "clerk");
            assertThat(part.stillOwed()).isEqualByComparingTo("320.00");
            assertThat(part.monthPaid()).isFalse();
            assertThat(cycle.periods().status(dsl, SEP)).isEqualTo(PeriodStatus.CONFIRMED);
            assertThatThrownBy(() -> cycle.recordReceipt(dsl, SEP, "530900", "530100", new BigDecimal("320.01"), "x", "clerk"))
                    .isInstanceOf(PeriodTransitionException.class).hasMessageContaining("320.00 is still owed");
            assertThat(cycle.recordReceipt(dsl, SEP, "530900", "530100", new BigDecimal("320.00"), "BANK-2", "clerk")
                    .monthPaid()).isTrue();
            assertThat(cycle.transfers().receipts(dsl, SEP)).hasSize(2);
            assertThat(cycle.periods().status(dsl, SEP)).isEqualTo(PeriodStatus.PAID);

            // October: S3's ledger row arrives late; S2 is reversed on both sides.
            var r2 = SettlementLinesAccess.reversalOf(s2, "R2", "2026-10-02 09:00:00");
            load(dsl, OCT, "settlements-b.csv", IntakeKind.SETTLEMENTS, SettlementLinesAccess.HEADER, r2.fields());
            load(dsl, OCT, "ledger-b.csv", IntakeKind.LEDGER, SettlementLinesAccess.LEDGER_HEADER, s3.ledger(), r2.ledger());
            runCycle(dsl, cycle, OCT);

            assertThat(new CycleReconciliation().counts(dsl, OCT)).as("nothing held").isEmpty();
            assertThat(line(dsl, OCT, "11").getMatchedCount() + line(dsl, OCT, "41").getMatchedCount()).isEqualTo(2L);
            ClearingLineRecord octOutpatient = line(dsl, OCT, "11");
            assertThat(octOutpatient.getSetlCnt()).isEqualTo(-1L);
            assertThat(octOutpatient.getFundPaySumamt()).isEqualByComparingTo("-160.00");
            assertThat(octOutpatient.getDeductionAmt()).isEqualByComparingTo("10.00");
            assertThat(octOutpatient.getNetPayable()).isEqualByComparingTo("-220.00");
            assertThat(line(dsl, OCT, "41").getNetPayable()).isEqualByComparingTo("210.00");
            var octPosition = position(dsl, OCT);
            // opening = 500 − 420 drawn + 420 received; cleared = −220 + 210 = −10.
            assertThat(octPosition.getOpeningBalance()).isEqualByComparingTo("500.00");
            assertThat(octPosition.getClearedAmount()).isEqualByComparingTo("-10.00");
            assertThat(octPosition.getClosingBalance()).isEqualByComparingTo("510.00");
            assertThat(octPosition.getUsageRate()).isEqualByComparingTo("0.0000");
            assertThat(octPosition.getWarning()).isEqualTo("0");

            // Re-running a step replaces its rows: the totals do not change.
            dsl.transaction(tx -> cycle.clearingLines(tx.dsl(), OCT));
            dsl.transaction(tx -> cycle.advanceFund(tx.dsl(), OCT, "clerk"));
            assertThat(line(dsl, OCT, "11").getDeductionAmt()).isEqualByComparingTo("10.00");
            assertThat(position(dsl, OCT).getClosingBalance()).isEqualByComparingTo("510.00");
            assertThatThrownBy(() -> cycle.reopen(dsl, SEP, "clerk", "no")).isInstanceOf(PeriodTransitionException.class);
        }
    }

    private static void runCycle(DSLContext dsl, ClearingCycle cycle, CycleMonth month) {
        cycle.periods().checkClearable(dsl, month);
        dsl.transaction(tx -> cycle.reconcileSettlements(tx.dsl(), month));
        dsl.transaction(tx -> cycle.reconcileLedger(tx.dsl(), month));
        dsl.transaction(tx -> cycle.clearingLines(tx.dsl(), month));
        dsl.transaction(tx -> cycle.markReconciled(tx.dsl(), month, "clerk"));
        dsl.transaction(tx -> cycle.advanceFund(tx.dsl(), month, "clerk"));
        dsl.transaction(tx -> cycle.quality(tx.dsl(), month));
        dsl.transaction(tx -> cycle.markCleared(tx.dsl(), month, "clerk"));
    }

    private static ClearingLineRecord line(DSLContext dsl, CycleMonth month, String medType) {
        return dsl.fetchSingle(CLEARING_LINE, CLEARING_LINE.CYCLE_MONTH.eq(month.toString()).and(CLEARING_LINE.MED_TYPE.eq(medType)));
    }

    private static org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord position(DSLContext dsl, CycleMonth month) {
        return dsl.fetchSingle(ADVANCE_FUND_POSITION, ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(month.toString()));
    }

    @SafeVarargs
    private static <R extends org.jooq.UpdatableRecord<R>> void load(DSLContext dsl, CycleMonth month, String name,
                                                                   IntakeKind<R> kind, List<String> header, List<String>... lines) {
        ImportedFile file = new ImportFileRepository(CLOCK).register(dsl, name, kind, name, "UTF-8", month, null);
        var interpreter = new LineInterpreter<>(kind, new CsvHeader(header), month);
        List<org.fundclear.clearing.intake.ParsedLine<R>> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            parsed.add(interpreter.interpret(i + 2, lines[i]));
        }
        var outcome = new ChunkLoader<>(kind).load(dsl, file, parsed);
        assertThat(outcome.rejected()).as(name).isZero();
    }
}
