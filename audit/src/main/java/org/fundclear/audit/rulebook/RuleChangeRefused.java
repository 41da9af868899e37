package org.fundclear.audit.rulebook;

/** A change of the rule book that was not made; the message says why, in the ADMIN's words. */
public final class RuleChangeRefused extends RuntimeException {
    public RuleChangeRefused(String message) {
        super(message);
    }
}
