package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CLEARING_UNIVERSE;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.jooq.tables.ClearingLine;
import org.fundclear.sql.jooq.tables.ClearingUniverse;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.fundclear.sql.jooq.tables.records.ClearingUniverseRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The month's clearing lines: every settlement MATCHED for the first time in cycle M
 * ({@link MatchedSettlements}), summed per (insu_admdvs, mdtrtarea_admdvs, insutype, med_type) with signed amounts
 * (reversals are negative) and setl_cnt +1 per normal row, −1 per reversal. Deductions confirmed since the last
 * clearing are posted to M on the line of their settlement. net_payable = fund_pay_sumamt + acct_pay − deduction_amt.
 *
 * <p>Two steps: {@link #universe} sums every settlement of M's universe per line key into {@code clearing_universe}
 * (one GROUP BY over the month, beside the reconciliation: it needs no ledger), then {@link #run}, after the
 * settlement side of the reconciliation, takes off the held settlements (few) and adds the deductions. A group is a
 * line when one of its settlements matched or a deduction is posted to it.
 */
public final class ClearingLines {
    /** The amount columns summed from settlements, in spec order. */
    static final List<String> AMOUNTS = List.of("medfee_sumamt", "fund_pay_sumamt", "hifp_pay", "hifmi_pay",
            "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "acct_pay", "psn_cash_pay");
    private static final List<String> KEY = List.of("insu_admdvs", "mdtrtarea_admdvs", "insutype", "med_type");

    /**
     * Replaces the universe's totals of the insured regions in {@code scope}; returns how many keys were written.
     * Fetched, then inserted: PostgreSQL runs no INSERT … SELECT on parallel workers, and the month's pass is the
     * step's cost (its result is one row per key).
     */
    public int universe(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous, InsuredRegions scope) {
        String m = month.toString();
        ClearingUniverse u = CLEARING_UNIVERSE;
        dsl.deleteFrom(u).where(u.CYCLE_MONTH.eq(m)).and(scope.on(u.INSU_ADMDVS)).execute();
        var s = MatchedSettlements.S;
        // M's own settlements and those held from M−1 are grouped in their own branches; a key in both is summed here
        Table<Record> b = MatchedSettlements.universeGrouped(dsl, month, previous, sums(s, 1, "settlement_count"),
                scope.on(s.INSU_ADMDVS), keyFields(s)).asTable("b");
        List<SelectField<?>> totals = new ArrayList<>();
        totals.add(DSL.inline(m).as(u.CYCLE_MONTH.getName()));
        KEY.forEach(k -> totals.add(b.field(k)));
        totals.add(sum(b, "setl_cnt").as("setl_cnt"));
        totals.add(sum(b, "settlement_count").as("settlement_count"));
        AMOUNTS.forEach(a -> totals.add(sum(b, a).as(a)));
        List<ClearingUniverseRecord> keys = dsl.select(totals).from(b).groupBy(keyOf(b)).fetchInto(u);
        BatchInsert.insert(dsl, u, keys);
        return keys.size();
    }

    /**
     * Replaces the lines of the insured regions in {@code scope} (a line's key starts with its insu_admdvs, so the
     * lines of disjoint scopes never overlap) and posts the deductions of their settlements; {@link #universe} and
     * the settlement side of M's reconciliation must have run for {@code scope}.
     */
    public int run(DSLContext dsl, CycleMonth month, InsuredRegions scope) {
        String m = month.toString();
        postAdjustments(dsl, m, scope);
        dsl.deleteFrom(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(m)).and(scope.on(CLEARING_LINE.INSU_ADMDVS))
                .execute();

        ClearingUniverse u = CLEARING_UNIVERSE;
        List<SelectField<?>> all = new ArrayList<>();
        KEY.forEach(k -> all.add(u.field(k)));
        all.add(u.SETL_CNT);
        all.add(u.SETTLEMENT_COUNT.as("matched_count"));
        AMOUNTS.forEach(a -> all.add(u.field(a)));
        all.add(DSL.inline(BigDecimal.ZERO).as("deduction_amt"));
        all.add(DSL.inline(0L).as("deductions"));
        var universe = DSL.select(all).from(u).where(u.CYCLE_MONTH.eq(m)).and(scope.on(u.INSU_ADMDVS));

        var s = MatchedSettlements.S;
        List<SelectField<?>> held = sums(s, -1, "matched_count");
        held.add(DSL.inline(BigDecimal.ZERO).as("deduction_amt"));
        held.add(DSL.inline(0L).as("deductions"));
        var heldNow = MatchedSettlements.heldGrouped(dsl, month, held, scope.on(s.INSU_ADMDVS), keyFields(s));

        List<SelectField<?>> deducted = new ArrayList<>(groupKey(SETTLEMENT));
        deducted.add(DSL.inline(0L).as("setl_cnt"));
        deducted.add(DSL.inline(0L).as("matched_count"));
        AMOUNTS.forEach(a -> deducted.add(DSL.inline(BigDecimal.ZERO).as(a)));
        deducted.add(DSL.sum(CLEARING_ADJUSTMENT.AMOUNT).as("deduction_amt"));
        deducted.add(DSL.count().as("deductions"));
        var deductions = DSL.select(deducted).from(CLEARING_ADJUSTMENT)
                .join(SETTLEMENT).on(SETTLEMENT.SETL_ID.eq(CLEARING_ADJUSTMENT.SETL_ID))
                .where(CLEARING_ADJUSTMENT.POSTED_CYCLE.eq(m)).and(scope.on(SETTLEMENT.INSU_ADMDVS))
                .groupBy(keyFields(SETTLEMENT));

        Table<Record> x = universe.unionAll(heldNow).unionAll(deductions).asTable("x");
        ClearingLine c = CLEARING_LINE;
        Field<BigDecimal> fund = sum(x, "fund_pay_sumamt");
        Field<BigDecimal> acct = sum(x, "acct_pay");
        Field<BigDecimal> deduction = sum(x, "deduction_amt");
        Field<BigDecimal> matchedCount = sum(x, "matched_count");
        List<SelectField<?>> line = new ArrayList<>();
        line.add(DSL.inline(m).as(c.CYCLE_MONTH.getName()));
        KEY.forEach(k -> line.add(x.field(k)));
        line.add(sum(x, "setl_cnt").as(c.SETL_CNT.getName()));
        line.add(matchedCount.as(c.MATCHED_COUNT.getName()));
        AMOUNTS.forEach(a -> line.add(sum(x, a).as(a)));
        line.add(deduction.as(c.DEDUCTION_AMT.getName()));
        line.add(fund.plus(acct).minus(deduction).as(c.NET_PAYABLE.getName()));
        List<ClearingLineRecord> lines = dsl.select(line).from(x).groupBy(keyOf(x))
                .having(matchedCount.ne(BigDecimal.ZERO).or(sum(x, "deductions").gt(BigDecimal.ZERO)))
                .fetchInto(c);
        BatchInsert.insert(dsl, c, lines);
        return lines.size();
    }

    /**
     * Confirmed adjustments not yet carried by a clearing are posted to this one, once their
     * settlement has been cleared (a held settlement keeps its deduction waiting). Re-running the
     * month first takes back what it posted, so posting is idempotent.
     */
    private static void postAdjustments(DSLContext dsl, String m, InsuredRegions scope) {
        Condition inScope = scope.isAll() ? DSL.noCondition() : DSL.exists(DSL.selectOne().from(SETTLEMENT)
                .where(SETTLEMENT.SETL_ID.eq(CLEARING_ADJUSTMENT.SETL_ID)).and(scope.on(SETTLEMENT.INSU_ADMDVS)));
        dsl.update(CLEARING_ADJUSTMENT).setNull(CLEARING_ADJUSTMENT.POSTED_CYCLE)
                .where(CLEARING_ADJUSTMENT.POSTED_CYCLE.eq(m)).and(inScope).execute();
        dsl.update(CLEARING_ADJUSTMENT).set(CLEARING_ADJUSTMENT.POSTED_CYCLE, m)
                .where(CLEARING_ADJUSTMENT.POSTED_CYCLE.isNull())
                .and(MatchedSettlements.clearedBy(m, CLEARING_ADJUSTMENT.SETL_ID))
                .and(inScope)
                .execute();
    }

    private static List<SelectField<?>> groupKey(org.fundclear.sql.jooq.tables.Settlement s) {
        return List.of(s.INSU_ADMDVS.as("insu_admdvs"), s.MDTRTAREA_ADMDVS.as("mdtrtarea_admdvs"),
                s.INSUTYPE.as("insutype"), s.MED_TYPE.as("med_type"));
    }

    /**
     * The line key, then per key setl_cnt (+1 a normal row, −1 a reversal), the count of settlements (named
     * {@code count}) and the amounts, summed; {@code sign} −1 negates them (held settlements are taken off).
     */
    private static List<SelectField<?>> sums(org.fundclear.sql.jooq.tables.Settlement s, long sign, String count) {
        List<SelectField<?>> sums = new ArrayList<>(groupKey(s));
        sums.add(DSL.sum(DSL.when(s.REFD_SETL_FLAG.eq("1"), DSL.inline(-sign)).otherwise(DSL.inline(sign)))
                .as("setl_cnt"));
        sums.add(DSL.count().mul(DSL.inline(sign)).as(count));
        AMOUNTS.forEach(a -> sums.add(DSL.sum(s.field(a, BigDecimal.class)).mul(DSL.inline(BigDecimal.valueOf(sign)))
                .as(a)));
        return sums;
    }

    private static List<Field<?>> keyFields(org.fundclear.sql.jooq.tables.Settlement s) {
        return List.of(s.INSU_ADMDVS, s.MDTRTAREA_ADMDVS, s.INSUTYPE, s.MED_TYPE);
    }

    private static List<Field<?>> keyOf(Table<Record> t) {
        return KEY.stream().<Field<?>>map(t::field).toList();
    }

    private static Field<BigDecimal> sum(Table<Record> x, String column) {
        return DSL.sum(x.field(column, BigDecimal.class));
    }
}
