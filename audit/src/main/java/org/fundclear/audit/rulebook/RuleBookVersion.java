package org.fundclear.audit.rulebook;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One version of the rule library: in force from {@code effectiveFrom} until a later version's. */
public record RuleBookVersion(int versionNo, LocalDate effectiveFrom, LocalDateTime createdAt, String createdBy,
                              String reason) {

    /** How findings and audit runs name it (with the rule set's hash after a slash). */
    public String label() {
        return "RB" + versionNo;
    }
}
