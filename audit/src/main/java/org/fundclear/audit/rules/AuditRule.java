package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import java.util.List;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;

/** One rule of the library (DOMAIN.md §3): a stable id, a catalogued reason, thresholds and what it flags. */
public interface AuditRule {

    /** Stable id, e.g. R01; findings and exports carry it. */
    String id();

    /** The catalogued reason in the inspectors' words, e.g. 同日多机构就诊. */
    String reason();

    DataLevel level();

    Certainty certainty();

    /** The thresholds in force, e.g. "min_institutions=3"; part of the rule set's version. */
    String thresholds();

    List<Finding> evaluate(AuditScope scope);

    /** Rules and detectors of one group run in one partition of a partitioned audit: they share what they compute. */
    default String group() {
        return id();
    }

    /** False for rules that look back 90 days in settlement only: they may start before the month's snapshot. */
    default boolean readsMonthSnapshot() {
        return true;
    }
}
