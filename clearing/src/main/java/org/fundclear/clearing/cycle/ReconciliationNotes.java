package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.RECONCILIATION_NOTE;

import java.time.LocalDateTime;
import org.fundclear.sql.jooq.Sequences;
import org.jooq.DSLContext;

/**
 * The notes a clerk keeps on a held settlement (what was asked of which region, 协查): appended, never changed, so
 * the history of a disputed item survives every month it stays held.
 */
public final class ReconciliationNotes {
    private ReconciliationNotes() {
    }

    public static void add(DSLContext dsl, String setlId, String askedRegion, String text, String user,
                           LocalDateTime at) {
        if (text == null || text.isBlank() || askedRegion == null || !askedRegion.matches("\\d{6}")) {
            throw new PeriodTransitionException("a note needs the region asked (6 digits) and what was asked");
        }
        dsl.insertInto(RECONCILIATION_NOTE)
                .set(RECONCILIATION_NOTE.ID, dsl.nextval(Sequences.CLEARING_SEQ))
                .set(RECONCILIATION_NOTE.SETL_ID, setlId)
                .set(RECONCILIATION_NOTE.ASKED_REGION, askedRegion)
                .set(RECONCILIATION_NOTE.NOTE, text.strip())
                .set(RECONCILIATION_NOTE.CREATED_AT, at)
                .set(RECONCILIATION_NOTE.CREATED_BY, user)
                .execute();
    }
}
