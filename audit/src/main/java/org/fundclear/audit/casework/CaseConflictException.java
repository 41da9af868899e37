package org.fundclear.audit.casework;

/** Someone else changed the case since the user loaded it: nothing was applied, reload and decide again. */
public class CaseConflictException extends CaseRefusedException {
    public CaseConflictException(String message) {
        super(message);
    }
}
