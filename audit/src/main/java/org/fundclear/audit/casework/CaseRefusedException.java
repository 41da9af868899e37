package org.fundclear.audit.casework;

/** An action the workflow does not allow; the message says why, in words a user can act on. */
public class CaseRefusedException extends RuntimeException {
    public CaseRefusedException(String message) {
        super(message);
    }
}
