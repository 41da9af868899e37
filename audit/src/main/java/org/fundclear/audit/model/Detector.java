package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.Finding;

/** A statistical detector of one behaviour; its findings carry a model id (M-…) instead of a rule id. */
public interface Detector {

    String id();

    List<Finding> detect(AuditScope scope);

    /** Detectors of one group run in one partition of a partitioned audit: they share what they compute. */
    default String group() {
        return id();
    }

    /** False for detectors that look back 90 days in settlement only: they may start before the month's snapshot. */
    default boolean readsMonthSnapshot() {
        return true;
    }
}
