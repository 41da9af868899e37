package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.Settlement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
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
     * True for a setl_id that a reversal cleared by cycle {@code last} took back: the reversal belongs to a
     * cycle ≤ {@code last} and {@code last} does not hold it. A non-correlated {@code IN}, hashed on H2.
     */
    public static Condition takenBackBy(CycleMonth last, Field<String> setlId) {
        Settlement r = SETTLEMENT.as("rev");
        var heldAtLast = DSL.select(RECONCILIATION.SETL_ID).from(RECONCILIATION)
                .where(RECONCILIATION.CYCLE_MONTH.eq(last.toString()));
        return setlId.in(DSL.select(r.INIT_SETL_ID).from(r)
                .where(r.REFD_SETL_FLAG.eq("1")).and(r.INIT_SETL_ID.isNotNull())
                .and(r.CYCLE_MONTH.le(last.toString()))
                .and(r.SETL_ID.notIn(heldAtLast)));
    }
}
