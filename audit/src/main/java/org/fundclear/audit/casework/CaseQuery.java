package org.fundclear.audit.casework;

import java.math.BigDecimal;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.SubjectType;

/**
 * The queue's filters; a null field does not filter. {@code region} narrows within the user's own scope (it never
 * widens it); {@code ruleId} matches a rule or model among the case's findings; {@code stage} is a status.
 */
public record CaseQuery(String month, String region, String ruleId, Certainty certainty, CaseStatus status,
                        SubjectType subjectType, String assignee, Boolean overdue, BigDecimal minAmount,
                        BigDecimal maxAmount, CaseSort sort, int page, int size) {
    public static final int DEFAULT_SIZE = 50;

    public CaseQuery {
        sort = sort == null ? CaseSort.PRIORITY : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 500);
    }

    public static CaseQuery month(String month) {
        return new CaseQuery(month, null, null, null, null, null, null, null, null, null, CaseSort.PRIORITY, 0,
                DEFAULT_SIZE);
    }
}
