package org.fundclear.audit.rules;

/** What a rule reads (DOMAIN.md §3): settlement level, fee-line level, or with external data (death, filing). */
public enum DataLevel {
    S("settlement"), D("fee line"), S_X("settlement + external"), S_D("settlement + fee line");

    private final String label;

    DataLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
