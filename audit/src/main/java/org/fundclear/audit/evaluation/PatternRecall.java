package org.fundclear.audit.evaluation;

/** How many subjects of one pattern were flagged (FRAUD) or wrongly flagged (LOOKALIKE). */
public record PatternRecall(String pattern, String label, String backing, int subjects, int flagged) {

    public double rate() {
        return subjects == 0 ? 0 : (double) flagged / subjects;
    }
}
