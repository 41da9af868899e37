package org.fundclear.clearing.cycle;

/** Data-quality findings of a cycle: the records are cleared all the same (the money was paid). */
public enum QualityWarning {
    PERSON_UNKNOWN("W02", "psn_no is not in the person reference data"),
    INSTITUTION_UNKNOWN("W03", "fixmedins_code is not in the institution reference data"),
    REGION_UNKNOWN("W04", "a region code is not in the region reference data"),
    PERSON_DIFFERS("W06", "the ledger names another psn_no than the settlement"),
    REGIONS_DIFFER("W07", "the ledger names other regions than the settlement");

    private final String code;
    private final String description;

    QualityWarning(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
