package org.fundclear.audit.casework;

/** No case with this id in the user's regions (the same answer whether it exists elsewhere or not at all). */
public class CaseNotFoundException extends CaseRefusedException {
    public CaseNotFoundException(long caseId) {
        super("no case " + caseId + " in your regions");
    }
}
