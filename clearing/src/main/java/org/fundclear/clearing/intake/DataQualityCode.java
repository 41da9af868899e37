package org.fundclear.clearing.intake;

/** Gaps in loaded records that do not stop them being cleared (the money was paid). */
public enum DataQualityCode {
    REVERSAL_ORIGIN_UNKNOWN("W01", "the reversed settlement (init_setl_id) is not loaded");

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
