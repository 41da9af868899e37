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
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The settlements that become MATCHED for the first time in cycle M: this cycle's settlements and
 * those the previous cycle held, whose ledger row (of a cycle ≤ M) agrees on medfee_sumamt,
 * fund_pay_sumamt, acct_pay and refd_setl_flag. Two index-driven selects joined by UNION ALL (an OR
 * would make H2 scan every month's settlements).
 */
final class MatchedSettlements {
    static final Settlement S = SETTLEMENT.as("s");
    static final LedgerEntry L = LEDGER_ENTRY.as("l");

    private MatchedSettlements() {
    }

    /** Both sides present and agreeing. */
    static Condition agree(Settlement s, LedgerEntry l) {
        return s.MEDFEE_SUMAMT.eq(l.MEDFEE_SUMAMT).and(s.FUND_PAY_SUMAMT.eq(l.FUND_PAY_SUMAMT))
                .and(s.ACCT_PAY.eq(l.ACCT_PAY)).and(s.REFD_SETL_FLAG.eq(l.REFD_SETL_FLAG));
    }

    static Select<Record> select(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                 List<SelectField<?>> projection) {
        return select(dsl, month, previous, projection, DSL.trueCondition());
    }

    /** The matched settlements (aliases {@link #S}, {@link #L}) that also meet {@code filter}. */
    static Select<Record> select(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                                 List<SelectField<?>> projection, Condition filter) {
        String m = month.toString();
        var current = dsl.select(projection).from(S)
                .join(L).on(L.SETL_ID.eq(S.SETL_ID)).and(L.CYCLE_MONTH.le(m))
                .where(S.CYCLE_MONTH.eq(m)).and(agree(S, L)).and(filter);
        if (previous.isEmpty()) {
            return current;
        }
        var held = RECONCILIATION.as("h");
        return current.unionAll(dsl.select(projection).from(held)
                .join(S).on(S.SETL_ID.eq(held.SETL_ID))
                .join(L).on(L.SETL_ID.eq(S.SETL_ID)).and(L.CYCLE_MONTH.le(m))
                .where(held.CYCLE_MONTH.eq(previous.get().toString())).and(S.CYCLE_MONTH.lt(m)).and(agree(S, L))
                .and(filter));
    }

    /** A settlement is cleared by cycle M when it belongs to a cycle ≤ M and M does not hold it. */
    static Condition clearedBy(String m, org.jooq.Field<String> setlId) {
        var held = RECONCILIATION.as("held_now");
        return DSL.exists(DSL.selectOne().from(SETTLEMENT).where(SETTLEMENT.SETL_ID.eq(setlId))
                        .and(SETTLEMENT.CYCLE_MONTH.le(m)))
                .andNotExists(DSL.selectOne().from(held).where(held.SETL_ID.eq(setlId)).and(held.CYCLE_MONTH.eq(m)));
    }
}
