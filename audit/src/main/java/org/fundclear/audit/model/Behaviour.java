package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.SubjectType;

/**
 * What one detector looks at: a behaviour (doctor shopping, pharmacy hoarding, institution cost) with its few
 * features. One small model per behaviour: irrelevant features drown an isolation forest.
 */
public interface Behaviour {

    /** Model id in findings, e.g. M-IF-SHOPPING. */
    String modelId();

    /** The behaviour in the inspectors' words. */
    String description();

    SubjectType subjectType();

    List<Feature> features();

    /** One row per subject active in the month. */
    List<FeatureRow> rows(AuditScope scope);

    /**
     * Behaviours that read one computed state (the person months, the institutions' cost rows) share a name here:
     * their detectors run in one partition of a partitioned audit, so the state is computed once.
     */
    default String group() {
        return modelId();
    }

    /** Evidence: the subject's settlements of the month behind the behaviour, most relevant first. */
    List<String> evidence(AuditScope scope, String subjectId);
}
