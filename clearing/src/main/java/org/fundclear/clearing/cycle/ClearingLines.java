package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.ClearingLine;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The month's clearing lines: every settlement MATCHED for the first time in cycle M
 * ({@link MatchedSettlements}), summed per
 * (insu_admdvs, mdtrtarea_admdvs, insutype, med_type) with signed amounts (reversals are negative)
 * and setl_cnt +1 per normal row, −1 per reversal. Deductions confirmed since the last clearing are
 * posted to M on the line of their settlement. net_payable = fund_pay_sumamt + acct_pay − deduction_amt.
 */
public final class ClearingLines {
    /** The amount columns summed from settlements, in spec order. */
    static final List<String> AMOUNTS = List.of("medfee_sumamt", "fund_pay_sumamt", "hifp_pay", "hifmi_pay",
            "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "acct_pay", "psn_cash_pay");

    /** Replaces cycle M's lines; returns how many lines were written. */
    public int run(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous) {
        return run(dsl, month, previous, InsuredRegions.ALL);
    }

    /**
     * Replaces the lines of the insured regions in {@code scope} (a line's key starts with its insu_admdvs, so the
     * lines of disjoint scopes never overlap) and posts the deductions of their settlements.
     */
    public int run(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous, InsuredRegions scope) {
        String m = month.toString();
        postAdjustments(dsl, m, scope);
        dsl.deleteFrom(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(m)).and(scope.on(CLEARING_LINE.INSU_ADMDVS))
                .execute();

        var s = MatchedSettlements.S;
        List<SelectField<?>> settled = new ArrayList<>(groupKey(s));
        settled.add(DSL.when(s.REFD_SETL_FLAG.eq("1"), DSL.inline(-1L)).otherwise(DSL.inline(1L)).as("setl_cnt"));
        settled.add(DSL.inline(1L).as("matched_count"));
        AMOUNTS.forEach(a -> settled.add(s.field(a, BigDecimal.class).as(a)));
        settled.add(DSL.inline(BigDecimal.ZERO).as("deduction_amt"));
        var matched = MatchedSettlements.select(dsl, month, previous, settled, scope.on(s.INSU_ADMDVS));

        List<SelectField<?>> deducted = new ArrayList<>(groupKey(SETTLEMENT));
        deducted.add(DSL.inline(0L).as("setl_cnt"));
        deducted.add(DSL.inline(0L).as("matched_count"));
        AMOUNTS.forEach(a -> deducted.add(DSL.inline(BigDecimal.ZERO).as(a)));
        deducted.add(CLEARING_ADJUSTMENT.AMOUNT.as("deduction_amt"));
        var deductions = DSL.select(deducted).from(CLEARING_ADJUSTMENT)
                .join(SETTLEMENT).on(SETTLEMENT.SETL_ID.eq(CLEARING_ADJUSTMENT.SETL_ID))
                .where(CLEARING_ADJUSTMENT.POSTED_CYCLE.eq(m)).and(scope.on(SETTLEMENT.INSU_ADMDVS));

        Table<Record> x = matched.unionAll(deductions).asTable("x");
        ClearingLine c = CLEARING_LINE;
        Field<BigDecimal> fund = sum(x, "fund_pay_sumamt");
        Field<BigDecimal> acct = sum(x, "acct_pay");
        Field<BigDecimal> deduction = sum(x, "deduction_amt");
        List<SelectField<?>> totals = new ArrayList<>();
        totals.add(DSL.inline(m));
        for (String key : List.of("insu_admdvs", "mdtrtarea_admdvs", "insutype", "med_type")) {
            totals.add(x.field(key));
        }
        totals.add(DSL.sum(x.field("setl_cnt", Long.class)));
        totals.add(DSL.sum(x.field("matched_count", Long.class)));
        AMOUNTS.forEach(a -> totals.add(sum(x, a)));
        totals.add(deduction);
        totals.add(fund.plus(acct).minus(deduction));
        return dsl.insertInto(c).columns(List.<Field<?>>of(c.CYCLE_MONTH, c.INSU_ADMDVS, c.MDTRTAREA_ADMDVS, c.INSUTYPE,
                        c.MED_TYPE, c.SETL_CNT, c.MATCHED_COUNT, c.MEDFEE_SUMAMT, c.FUND_PAY_SUMAMT, c.HIFP_PAY, c.HIFMI_PAY, c.HIFOB_PAY,
                        c.CVLSERV_PAY, c.MAF_PAY, c.OTH_PAY, c.ACCT_PAY, c.PSN_CASH_PAY, c.DEDUCTION_AMT, c.NET_PAYABLE))
                .select(DSL.select(totals).from(x)
                        .groupBy(x.field("insu_admdvs"), x.field("mdtrtarea_admdvs"), x.field("insutype"),
                                x.field("med_type")))
                .execute();
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

    private static Field<BigDecimal> sum(Table<Record> x, String column) {
        return DSL.sum(x.field(column, BigDecimal.class));
    }
}
