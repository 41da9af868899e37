package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.scope.AuditScope;

/** A person's settlements of the month of some kind, costliest first: the evidence a model finding cites. */
final class PersonEvidence {
    private PersonEvidence() {
    }

    static List<String> settlements(AuditScope scope, String psnNo, String condition) {
        return scope.dsl().resultQuery("SELECT s.setl_id FROM audit_visit s WHERE s.cycle_month = ? AND s.psn_no = ?"
                + " AND " + condition + " ORDER BY s.paid DESC, s.setl_id", scope.month().toString(), psnNo)
                .fetch(0, String.class);
    }
}
