package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.LedgerEntry;
import org.fundclear.sql.jooq.tables.Settlement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The settlements that become MATCHED for the first time in cycle M: of M's universe (this cycle's settlements and
 * those the previous cycle held), those whose ledger row (of a cycle ≤ M) agrees on medfee_sumamt,
 * fund_pay_sumamt, acct_pay and refd_setl_flag ({@link #agree}). The settlement side of M's reconciliation stores
 * exactly the ones of the universe that do not agree ({@link #SETTLEMENT_SIDE}), so once it has run the matched ones
 * are the universe less what M holds, with no second join of settlements and ledger: the clearing lines are the
 * universe's totals less the held settlements' totals. Two index-driven selects joined by UNION ALL (an OR would
 * make H2 scan every month's settlements).
 */
final class MatchedSettlements {
    static final Settlement S = SETTLEMENT.as("s");
    static final LedgerEntry L = LEDGER_ENTRY.as("l");
    /** The statuses of the settlement side: each held row of these stands for one settlement of the universe. */
    static final List<String> SETTLEMENT_SIDE = List.of(ReconciliationStatus.MISSING_IN_LEDGER.name(),
            ReconciliationStatus.AMOUNT_MISMATCH.name());

    private MatchedSettlements() {
    }

    /** Both sides present and agreeing. */
    static Condition agree(Settlement s, LedgerEntry l) {
        return s.MEDFEE_SUMAMT.eq(l.MEDFEE_SUMAMT).and(s.FUND_PAY_SUMAMT.eq(l.FUND_PAY_SUMAMT))
                .and(s.ACCT_PAY.eq(l.ACCT_PAY)).and(s.REFD_SETL_FLAG.eq(l.REFD_SETL_FLAG));
    }

    /**
     * The matched settlements (alias {@link #S}) that also meet {@code filter}; M's settlement-side
     * reconciliation must have run for the insured regions {@code filter} reads.
     */
    static Select<Record> select(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                 List<SelectField<?>> projection, Condition filter) {
        return universe(dsl, month, previous, projection, filter.and(notHeld(month)), false, List.of());
    }

    /** As {@link #select}, each settlement joined to its ledger row (alias {@link #L}) to compare other fields. */
    static Select<Record> withLedger(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                     List<SelectField<?>> projection, Condition filter) {
        return universe(dsl, month, previous, projection, filter.and(notHeld(month)), true, List.of());
    }

    /**
     * M's universe (alias {@link #S}) meeting {@code filter}, each branch of the UNION ALL grouped by {@code groupBy}
     * ({@code projection} holds aggregates). Grouped inside its branch, the month's pass is a plain GROUP BY with
     * the planner's estimate of its groups (and PostgreSQL's parallel partial aggregation); grouped outside a UNION
     * it got neither (a hash table planned for half a million groups that spilled to disk, no parallel plan).
     */
    static Select<Record> universeGrouped(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                          List<SelectField<?>> projection, Condition filter, List<Field<?>> groupBy) {
        return universe(dsl, month, previous, projection, filter, false, groupBy);
    }

    /**
     * The settlements (alias {@link #S}) of M's universe that M holds, meeting {@code filter}, grouped by
     * {@code groupBy}; M's settlement-side reconciliation must have run for the insured regions {@code filter} reads.
     */
    static Select<Record> heldGrouped(DSLContext dsl, CycleMonth month, List<SelectField<?>> projection,
                                      Condition filter, List<Field<?>> groupBy) {
        String m = month.toString();
        var held = RECONCILIATION.as("held_now");
        return dsl.select(projection).from(held)
                .join(S).on(S.SETL_ID.eq(held.SETL_ID)).and(S.CYCLE_MONTH.le(m))
                .where(held.CYCLE_MONTH.eq(m)).and(held.STATUS.in(SETTLEMENT_SIDE)).and(filter)
                .groupBy(groupBy);
    }

    private static Condition notHeld(CycleMonth month) {
        var heldNow = RECONCILIATION.as("held_now");
        return DSL.notExists(DSL.selectOne().from(heldNow)
                .where(heldNow.CYCLE_MONTH.eq(month.toString())).and(heldNow.SETL_ID.eq(S.SETL_ID)));
    }

    private static Select<Record> universe(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                           List<SelectField<?>> projection, Condition filter, boolean ledger,
                                           List<Field<?>> groupBy) {
        String m = month.toString();
        var current = ledger
                ? dsl.select(projection).from(S).join(L).on(L.SETL_ID.eq(S.SETL_ID)).and(L.CYCLE_MONTH.le(m))
                : dsl.select(projection).from(S);
        Select<Record> now = groupedBy(current.where(S.CYCLE_MONTH.eq(m)).and(filter), groupBy);
        if (previous.isEmpty()) {
            return now;
        }
        var held = RECONCILIATION.as("h");
        var fromHeld = dsl.select(projection).from(held).join(S).on(S.SETL_ID.eq(held.SETL_ID));
        var heldThen = ledger ? fromHeld.join(L).on(L.SETL_ID.eq(S.SETL_ID)).and(L.CYCLE_MONTH.le(m)) : fromHeld;
        return now.unionAll(groupedBy(heldThen
                .where(held.CYCLE_MONTH.eq(previous.get().toString())).and(S.CYCLE_MONTH.lt(m)).and(filter), groupBy));
    }

    /** jOOQ renders an empty GROUP BY as {@code GROUP BY ()}, a grand total: no grouping is no GROUP BY. */
    private static Select<Record> groupedBy(SelectConditionStep<Record> select, List<Field<?>> groupBy) {
        return groupBy.isEmpty() ? select : select.groupBy(groupBy);
    }

    /** A settlement is cleared by cycle M when it belongs to a cycle ≤ M and M does not hold it. */
    static Condition clearedBy(String m, org.jooq.Field<String> setlId) {
        var held = RECONCILIATION.as("held_now");
        return DSL.exists(DSL.selectOne().from(SETTLEMENT).where(SETTLEMENT.SETL_ID.eq(setlId))
                        .and(SETTLEMENT.CYCLE_MONTH.le(m)))
                .andNotExists(DSL.selectOne().from(held).where(held.SETL_ID.eq(setlId)).and(held.CYCLE_MONTH.eq(m)));
    }
}
