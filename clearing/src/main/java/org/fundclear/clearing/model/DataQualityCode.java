package org.fundclear.clearing.model;

/**
 * The catalogue of data-quality warnings: gaps and differences that do not stop a record being
 * loaded or cleared (the money was paid), found at import (W01) or by the month's quality check.
 */
public enum DataQualityCode {
    REVERSAL_ORIGIN_UNKNOWN("W01", "the reversed settlement (init_setl_id) is not loaded"),
    PERSON_UNKNOWN("W02", "psn_no is not in the person reference data"),
    INSTITUTION_UNKNOWN("W03", "fixmedins_code is not in the institution reference data"),
    REGION_UNKNOWN("W04", "a region code is not in the region reference data"),
    PERSON_DIFFERS("W06", "the ledger names another psn_no than the settlement"),
    REGIONS_DIFFER("W07", "the ledger names other regions than the settlement");

    private final String code;
    private final String description;

    DataQualityCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public static String describe(String code) {
        for (DataQualityCode c : values()) {
            if (c.code.equals(code)) {
                return c.description;
            }
        }
        return "";
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
