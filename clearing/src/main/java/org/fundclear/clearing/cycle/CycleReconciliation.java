package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.LedgerEntry;
import org.fundclear.sql.jooq.tables.Reconciliation;
import org.fundclear.sql.jooq.tables.Settlement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.impl.DSL;

/**
 * Two-sided reconciliation (对账) of cycle M, set-based. The universe is every setl_id imported into
 * M plus every setl_id the previous cycle left unmatched (held, 暂缓); each is compared on
 * medfee_sumamt, fund_pay_sumamt, acct_pay and refd_setl_flag. What M holds is stored; the MATCHED
 * ones are those of the universe it does not hold ({@link MatchedSettlements}), which the clearing
 * lines read after the settlement side instead of a million stored rows. Rows of later cycles are invisible, so a
 * reopened month reconciles as it did. H2 has no FULL OUTER JOIN: settlement-driven rows come from
 * LEFT JOINs, ledger-only rows from NOT EXISTS; the two halves own disjoint statuses, so they can
 * run side by side in their own transactions.
 */
public final class CycleReconciliation {
    /**
     * Settlement-driven half: this cycle's settlements and those held from the previous cycle that
     * do not match (MISSING_IN_LEDGER, AMOUNT_MISMATCH). Replaces exactly those rows of cycle M.
     */
    public int settlementSide(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous) {
        return settlementSide(dsl, month, previous, InsuredRegions.ALL);
    }

    /** The settlement-driven half for the settlements of insured regions in {@code scope}; replaces only those rows. */
    public int settlementSide(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous, InsuredRegions scope) {
        String m = month.toString();
        dsl.deleteFrom(RECONCILIATION).where(RECONCILIATION.CYCLE_MONTH.eq(m))
                .and(RECONCILIATION.STATUS.in(MatchedSettlements.SETTLEMENT_SIDE))
                .and(scope.on(RECONCILIATION.INSU_ADMDVS)).execute();
        Settlement s = SETTLEMENT.as("s");
        LedgerEntry l = LEDGER_ENTRY.as("l");
        Reconciliation held = RECONCILIATION.as("h");
        Condition notMatched = DSL.not(l.SETL_ID.isNotNull().and(MatchedSettlements.agree(s, l)))
                .and(scope.on(s.INSU_ADMDVS));
        int rows = insert(dsl, settlementSide(dsl, m, s, l).where(s.CYCLE_MONTH.eq(m)).and(notMatched));
        if (previous.isPresent()) {
            rows += insert(dsl, settlementSide(dsl, m, s, l)
                    .join(held).on(held.SETL_ID.eq(s.SETL_ID))
                    .where(held.CYCLE_MONTH.eq(previous.get().toString())).and(s.CYCLE_MONTH.lt(m)).and(notMatched));
        }
        return rows;
    }

    /**
     * Ledger-driven half: ledger rows of this cycle, and held ones, with no settlement up to it
     * (MISSING_IN_SETTLEMENTS). Replaces exactly those rows of cycle M.
     */
    public int ledgerSide(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous) {
        return ledgerSide(dsl, month, previous, InsuredRegions.ALL);
    }

    /** The ledger-driven half for the ledger rows of insured regions in {@code scope}; replaces only those rows. */
    public int ledgerSide(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous, InsuredRegions scope) {
        String m = month.toString();
        dsl.deleteFrom(RECONCILIATION).where(RECONCILIATION.CYCLE_MONTH.eq(m))
                .and(RECONCILIATION.STATUS.eq(ReconciliationStatus.MISSING_IN_SETTLEMENTS.name()))
                .and(scope.on(RECONCILIATION.INSU_ADMDVS)).execute();
        Settlement s = SETTLEMENT.as("s");
        LedgerEntry l = LEDGER_ENTRY.as("l");
        Reconciliation held = RECONCILIATION.as("h");
        Condition noSettlement = DSL.notExists(DSL.selectOne().from(s)
                .where(s.SETL_ID.eq(l.SETL_ID)).and(s.CYCLE_MONTH.le(m))).and(scope.on(l.INSU_ADMDVS));
        int rows = insert(dsl, ledgerOnly(dsl, m, l).where(l.CYCLE_MONTH.eq(m)).and(noSettlement));
        if (previous.isPresent()) {
            rows += insert(dsl, ledgerOnly(dsl, m, l)
                    .join(held).on(held.SETL_ID.eq(l.SETL_ID))
                    .where(held.CYCLE_MONTH.eq(previous.get().toString()))
                    .and(l.CYCLE_MONTH.lt(m)).and(noSettlement));
        }
        return rows;
    }

    public Map<ReconciliationStatus, Integer> counts(DSLContext dsl, CycleMonth month) {
        Map<ReconciliationStatus, Integer> counts = new EnumMap<>(ReconciliationStatus.class);
        dsl.select(RECONCILIATION.STATUS, DSL.count()).from(RECONCILIATION)
                .where(RECONCILIATION.CYCLE_MONTH.eq(month.toString()))
                .groupBy(RECONCILIATION.STATUS)
                .forEach(r -> counts.put(ReconciliationStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    private static org.jooq.SelectOnConditionStep<Record8<String, String, String, String, String, BigDecimal, BigDecimal,
            BigDecimal>> settlementSide(DSLContext dsl, String m, Settlement s, LedgerEntry l) {
        Field<String> status = DSL.when(l.SETL_ID.isNull(), DSL.inline(ReconciliationStatus.MISSING_IN_LEDGER.name()))
                .otherwise(DSL.inline(ReconciliationStatus.AMOUNT_MISMATCH.name()));
        return dsl.select(DSL.inline(m), s.SETL_ID, s.INSU_ADMDVS, s.MDTRTAREA_ADMDVS, status, s.FUND_PAY_SUMAMT,
                        l.FUND_PAY_SUMAMT, s.FUND_PAY_SUMAMT.minus(DSL.coalesce(l.FUND_PAY_SUMAMT, BigDecimal.ZERO)))
                .from(s)
                .leftJoin(l).on(l.SETL_ID.eq(s.SETL_ID)).and(l.CYCLE_MONTH.le(m));
    }

    private static org.jooq.SelectJoinStep<Record8<String, String, String, String, String, BigDecimal, BigDecimal,
            BigDecimal>> ledgerOnly(DSLContext dsl, String m, LedgerEntry l) {
        return dsl.select(DSL.inline(m), l.SETL_ID, l.INSU_ADMDVS, l.MDTRTAREA_ADMDVS,
                        DSL.inline(ReconciliationStatus.MISSING_IN_SETTLEMENTS.name()),
                        DSL.castNull(BigDecimal.class), l.FUND_PAY_SUMAMT, DSL.inline(BigDecimal.ZERO).minus(l.FUND_PAY_SUMAMT))
                .from(l);
    }

    private static int insert(DSLContext dsl, org.jooq.Select<? extends Record8<String, String, String, String, String,
            BigDecimal, BigDecimal, BigDecimal>> select) {
        var r = RECONCILIATION;
        return dsl.insertInto(r, r.CYCLE_MONTH, r.SETL_ID, r.INSU_ADMDVS, r.MDTRTAREA_ADMDVS, r.STATUS, r.TREATMENT_FUND_PAY,
                r.INSURED_FUND_PAY, r.DIFFERENCE).select(select).execute();
    }
}
