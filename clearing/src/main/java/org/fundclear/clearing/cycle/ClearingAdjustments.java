package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Sequences.CLEARING_SEQ;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The owner of {@code clearing_adjustment}: confirmed adjustments keyed to a settlement (audit deductions, 扣款,
 * and their reversals). The next clearing posts each once ({@link ClearingLines}); nothing here is ever updated or
 * deleted, a reversal is a new adjustment of the opposite sign.
 */
public final class ClearingAdjustments {
    public static final String AUDIT_DEDUCTION = "AUDIT_DEDUCTION";
    public static final String AUDIT_DEDUCTION_REVERSAL = "AUDIT_DEDUCTION_REVERSAL";

    private ClearingAdjustments() {
    }

    /** Records a confirmed adjustment; positive amounts reduce what the insured region owes. Returns its id. */
    public static long record(DSLContext dsl, String setlId, BigDecimal amount, String type, String reason,
                              String reference, LocalDateTime at, String by) {
        long id = dsl.nextval(CLEARING_SEQ);
        dsl.insertInto(CLEARING_ADJUSTMENT)
                .set(CLEARING_ADJUSTMENT.ID, id)
                .set(CLEARING_ADJUSTMENT.SETL_ID, setlId)
                .set(CLEARING_ADJUSTMENT.AMOUNT, amount)
                .set(CLEARING_ADJUSTMENT.ADJUSTMENT_TYPE, type)
                .set(CLEARING_ADJUSTMENT.REASON, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .set(CLEARING_ADJUSTMENT.REFERENCE, reference)
                .set(CLEARING_ADJUSTMENT.CONFIRMED_AT, at)
                .set(CLEARING_ADJUSTMENT.CONFIRMED_BY, by)
                .execute();
        return id;
    }

    /** The settlement as a deduction sees it, or empty when no such settlement is loaded. */
    public static Optional<SettlementPayment> payment(DSLContext dsl, String setlId) {
        var s = SETTLEMENT;
        var row = dsl.select(s.SETL_ID, s.PSN_NO, s.FIXMEDINS_CODE, s.INSU_ADMDVS, s.MDTRTAREA_ADMDVS,
                        s.REFD_SETL_FLAG, s.FUND_PAY_SUMAMT.plus(s.ACCT_PAY))
                .from(s).where(s.SETL_ID.eq(setlId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        BigDecimal deducted = dsl.select(DSL.coalesce(DSL.sum(CLEARING_ADJUSTMENT.AMOUNT), BigDecimal.ZERO))
                .from(CLEARING_ADJUSTMENT).where(CLEARING_ADJUSTMENT.SETL_ID.eq(setlId)).fetchOne(0, BigDecimal.class);
        boolean reversed = dsl.fetchExists(s, s.INIT_SETL_ID.eq(setlId).and(s.REFD_SETL_FLAG.eq("1")));
        return Optional.of(new SettlementPayment(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                row.value6(), row.value7(), deducted, cleared(dsl, setlId), reversed));
    }

    /** Cleared: matched by the latest cycle that has been cleared (CLEARED or later). */
    private static boolean cleared(DSLContext dsl, String setlId) {
        String latest = dsl.select(DSL.max(CLEARING_PERIOD.CYCLE_MONTH)).from(CLEARING_PERIOD)
                .where(CLEARING_PERIOD.STATUS.in(EnumSet.of(PeriodStatus.CLEARED, PeriodStatus.CONFIRMED,
                        PeriodStatus.PAID, PeriodStatus.CLOSED).stream().map(Enum::name).toList()))
                .fetchOne(0, String.class);
        return latest != null && dsl.fetchExists(DSL.selectOne()
                .where(MatchedSettlements.clearedBy(latest, DSL.inline(setlId))));
    }
}
