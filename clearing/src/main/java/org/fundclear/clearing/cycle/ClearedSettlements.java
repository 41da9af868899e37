package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.Reconciliation;
import org.fundclear.sql.jooq.tables.Settlement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SQLDialect;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The public read side of what the clearing cycles cleared: exactly the settlement rows behind the clearing
 * lines of the cleared cycles asked for (each row MATCHED for the first time in its cycle), for reports.
 */
public final class ClearedSettlements {
    /** The settlement alias the projections and filters of {@link #select} must use. */
    public static final Settlement S = MatchedSettlements.S;

    private final ClearingPeriods periods;

    public ClearedSettlements(ClearingPeriods periods) {
        this.periods = periods;
    }

    /** The months among {@code months} that are CLEARED or later, in order. */
    public List<CycleMonth> clearedAmong(DSLContext dsl, List<CycleMonth> months) {
        return dsl.select(CLEARING_PERIOD.CYCLE_MONTH).from(CLEARING_PERIOD)
                .where(CLEARING_PERIOD.CYCLE_MONTH.in(months.stream().map(CycleMonth::toString).toList()))
                .and(CLEARING_PERIOD.STATUS.in(PeriodStatus.CLEARED.name(), PeriodStatus.CONFIRMED.name(),
                        PeriodStatus.PAID.name(), PeriodStatus.CLOSED.name()))
                .orderBy(CLEARING_PERIOD.CYCLE_MONTH)
                .fetch(CLEARING_PERIOD.CYCLE_MONTH).stream().map(CycleMonth::parse).toList();
    }

    /**
     * The rows the cleared cycles {@code cycles} cleared (each cycle against the month it followed, as its
     * clearing did), that meet {@code filter}; one UNION ALL branch per cycle.
     */
    public Select<Record> select(DSLContext dsl, List<CycleMonth> cycles, List<SelectField<?>> projection,
                                 Condition filter) {
        if (cycles.isEmpty()) {
            throw new IllegalArgumentException("no cleared cycle to read");
        }
        Select<Record> union = null;
        for (CycleMonth cycle : cycles) {
            Select<Record> one = MatchedSettlements.select(dsl, cycle, periods.previousActive(dsl, cycle), projection,
                    filter);
            union = union == null ? one : union.unionAll(one);
        }
        return union;
    }

    /**
     * True for a setl_id that no reversal cleared by cycle {@code last} took back (a reversal takes its original back
     * when it belongs to a cycle ≤ {@code last} that does not hold it). On PostgreSQL an anti-join: a NOT IN subquery
     * is hashed there only while it fits in work_mem, otherwise scanned again for every row, and a year of reversals
     * at a million settlements a month does not fit. H2 hashes the non-correlated NOT IN once, where a correlated
     * NOT EXISTS would scan settlement for every row (no index on init_setl_id, which would slow every import).
     */
    public static Condition notTakenBackBy(SQLDialect dialect, CycleMonth last, Field<String> setlId) {
        Settlement r = SETTLEMENT.as("rev");
        Reconciliation held = RECONCILIATION.as("held");
        Condition reversal = r.REFD_SETL_FLAG.eq("1").and(r.CYCLE_MONTH.le(last.toString()));
        Condition heldAtLast = held.CYCLE_MONTH.eq(last.toString());
        if (dialect.family() == SQLDialect.H2) {
            return setlId.notIn(DSL.select(r.INIT_SETL_ID).from(r)
                    .where(reversal).and(r.INIT_SETL_ID.isNotNull())
                    .and(r.SETL_ID.notIn(DSL.select(held.SETL_ID).from(held).where(heldAtLast))));
        }
        return DSL.notExists(DSL.selectOne().from(r).where(r.INIT_SETL_ID.eq(setlId)).and(reversal)
                .andNotExists(DSL.selectOne().from(held).where(heldAtLast).and(held.SETL_ID.eq(r.SETL_ID))));
    }
}
