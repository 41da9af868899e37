package org.fundclear.jobs.bench;

import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The floors the benchmarks measure a stage against, on the same database and rows as the stage. */
public final class Floors {
    private Floors() {
    }

    /** The clear's first floor: one GROUP BY over the month's settlements; returns the groups. */
    static int clearGroupBy(DSLContext dsl, CycleMonth month) {
        return dsl.select(SETTLEMENT.INSU_ADMDVS, SETTLEMENT.MDTRTAREA_ADMDVS, SETTLEMENT.INSUTYPE, SETTLEMENT.MED_TYPE,
                        DSL.count(), DSL.sum(SETTLEMENT.MEDFEE_SUMAMT), DSL.sum(SETTLEMENT.FUND_PAY_SUMAMT),
                        DSL.sum(SETTLEMENT.HIFP_PAY), DSL.sum(SETTLEMENT.ACCT_PAY), DSL.sum(SETTLEMENT.PSN_CASH_PAY))
                .from(SETTLEMENT).where(SETTLEMENT.CYCLE_MONTH.eq(month.toString()))
                .groupBy(SETTLEMENT.INSU_ADMDVS, SETTLEMENT.MDTRTAREA_ADMDVS, SETTLEMENT.INSUTYPE, SETTLEMENT.MED_TYPE)
                .fetch().size();
    }

    /** The clear's second floor: the month's settlements LEFT JOIN the ledger, counted by status. */
    static int clearLeftJoin(DSLContext dsl, CycleMonth month) {
        var s = SETTLEMENT;
        var l = LEDGER_ENTRY;
        return dsl.select(DSL.when(l.SETL_ID.isNull(), DSL.inline("MISSING_IN_LEDGER"))
                        .when(s.FUND_PAY_SUMAMT.eq(l.FUND_PAY_SUMAMT).and(s.MEDFEE_SUMAMT.eq(l.MEDFEE_SUMAMT))
                                .and(s.ACCT_PAY.eq(l.ACCT_PAY)), DSL.inline("MATCHED"))
                        .otherwise(DSL.inline("AMOUNT_MISMATCH")).as("status"), DSL.count())
                .from(s).leftJoin(l).on(l.SETL_ID.eq(s.SETL_ID))
                .where(s.CYCLE_MONTH.eq(month.toString()))
                .groupBy(DSL.field("status")).fetch().size();
    }

    /** The least an audit must do: read every settlement and fee line of the month once; returns the rows read. */
    public static long auditOnePass(DSLContext dsl, CycleMonth month) {
        String m = month.toString();
        return dsl.select(DSL.count(), DSL.sum(SETTLEMENT.FUND_PAY_SUMAMT)).from(SETTLEMENT)
                .where(SETTLEMENT.CYCLE_MONTH.eq(m)).fetchOne().value1()
                + dsl.select(DSL.count(), DSL.sum(FEE_LINE.DET_ITEM_FEE_SUMAMT)).from(FEE_LINE)
                .where(FEE_LINE.CYCLE_MONTH.eq(m)).fetchOne().value1();
    }
}
