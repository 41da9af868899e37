package org.fundclear.jobs.history;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One run of import, clear or audit: {@code subject} is what it ran on (the file for an import, empty otherwise),
 * {@code duration} null while it runs, {@code startedBy} null when the run did not record it.
 */
public record JobRun(String kind, String month, String subject, LocalDateTime startedAt, Duration duration,
                     String status, String startedBy) {
}
