package org.fundclear.reports.history;

import java.time.LocalDateTime;

/** One audit run as the job history shows it; {@code finishedAt} is null while it runs or when it died. */
public record AuditRunEntry(long id, String month, LocalDateTime startedAt, LocalDateTime finishedAt,
                            Long findings, Long cases, String startedBy) {
}
