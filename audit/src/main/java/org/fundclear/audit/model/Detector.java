package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.AuditScope;
import org.fundclear.audit.finding.Finding;

/** A statistical detector of one behaviour; its findings carry a model id (M-…) instead of a rule id. */
public interface Detector {

    String id();

    List<Finding> detect(AuditScope scope);
}
