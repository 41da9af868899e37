package org.fundclear.reports.analysis;

/** Which side of a settlement the report's region is. */
public enum Direction {
    /** The region is the insured region (参保地): its insured treated elsewhere. */
    OUT("INSURED", "参保地"),
    /** The region is the treatment region (就医地): others' insured treated there. */
    IN("TREATMENT", "就医地");

    private final String role;
    private final String zh;

    Direction(String role, String zh) {
        this.role = role;
        this.zh = zh;
    }

    /** The scope table's name for the side: INSURED or TREATMENT. */
    public String role() {
        return role;
    }

    public String zh() {
        return zh;
    }
}
