package org.fundclear.audit.evaluation;

/** One labelled subject of audit-truth.csv (FRAUD: planted pattern; LOOKALIKE: legitimate, must not be flagged). */
public record TruthEntry(String subjectType, String subjectId, String label, String pattern, String backing) {

    public boolean fraud() {
        return "FRAUD".equals(label);
    }

    public String subjectKey() {
        return subjectType + ":" + subjectId;
    }
}
