package org.fundclear.audit.rulebook;

import java.time.LocalDate;

/**
 * What an ADMIN asks: set one value (a threshold, or a list entry added or changed) or, with {@code newValue}
 * null, remove a list entry; in force from {@code effectiveFrom}, for {@code reason}.
 */
public record RuleChange(String ruleId, String param, String entryKey, String newValue, LocalDate effectiveFrom,
                         String reason) {
}
