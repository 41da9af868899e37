package org.fundclear.reports.history;

import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;

import java.util.List;
import org.jooq.DSLContext;

/** The audit runs, newest first: the audit's half of the job history (imports and clears live in Spring Batch). */
public final class AuditRunHistory {
    private AuditRunHistory() {
    }

    public static List<AuditRunEntry> newestFirst(DSLContext dsl, int limit) {
        return dsl.select(AUDIT_RUN.ID, AUDIT_RUN.CYCLE_MONTH, AUDIT_RUN.STARTED_AT, AUDIT_RUN.FINISHED_AT,
                        AUDIT_RUN.FINDING_COUNT, AUDIT_RUN.CASE_COUNT, AUDIT_RUN.STARTED_BY)
                .from(AUDIT_RUN).orderBy(AUDIT_RUN.STARTED_AT.desc(), AUDIT_RUN.ID.desc()).limit(limit)
                .fetch(r -> new AuditRunEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}
