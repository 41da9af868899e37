package org.fundclear.audit.rulebook;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One appended change of the rule book: who changed which value, from what to what, why, from when. */
public record RuleBookEvent(long id, int versionNo, LocalDate effectiveFrom, LocalDateTime changedAt, String changedBy,
                            String ruleId, String param, String entryKey, String oldValue, String newValue,
                            String reason) {
}
