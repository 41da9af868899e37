package org.fundclear.audit.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.SubjectType;

/**
 * One case as the queue shows it. {@code subjectId} is the stored id (psn_no, institution or doctor code):
 * adapters mask a person's id for users without the unmask right. {@code version} is what an action must name
 * to be applied (a stale version is a conflict).
 */
public record CaseRow(long id, String month, long rank, SubjectType subjectType, String subjectId,
                      BigDecimal priority, Certainty certainty, BigDecimal volaAmt, List<String> ruleIds,
                      CaseStatus status, LocalDate stageDue, boolean overdue, String assignee, long waitingDays,
                      long version) {
}
