package org.fundclear.audit.casework;

import java.time.LocalDateTime;

/** One entry of a case's trail: appended, never changed. */
public record CaseEvent(long id, long caseId, String action, CaseStatus fromStatus, CaseStatus toStatus,
                        String user, LocalDateTime at, String comment, String assignee, String reasonCode,
                        String attachmentName, String attachmentSha256) {
}
