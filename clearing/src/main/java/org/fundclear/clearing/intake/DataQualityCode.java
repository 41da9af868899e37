package org.fundclear.clearing.intake;

/** Gaps in loaded records that do not stop them being cleared (the money was paid). */
public enum DataQualityCode {
    REVERSAL_ORIGIN_UNKNOWN("W01", "the reversed settlement (init_setl_id) is not loaded"),
    PERSON_UNKNOWN("W02", "psn_no is not in the person reference data"),
    INSTITUTION_UNKNOWN("W03", "fixmedins_code is not in the institution reference data"),
    REGION_UNKNOWN("W04", "a region code is not in the region reference data"),
    SETTLEMENT_UNKNOWN("W05", "the fee line's setl_id is not a loaded settlement");

    private final String code;
    private final String description;

    DataQualityCode(String code, String description) {
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
