package org.fundclear.generator;

/** The product's import reason codes (spec/README.md "Defects every import must catch", plus E18 and E19). */
public enum ReasonCode {
    /** Wrong number of fields on a line. */
    E01,
    /** Unparseable amount, quantity or unit price. */
    E02,
    /** Amount with more than 2 decimals. */
    E03,
    /** A required field is missing. */
    E04,
    /** medfee_sumamt ≠ fund_pay_sumamt + acct_pay + psn_cash_pay. */
    E05,
    /** fund_pay_sumamt ≠ sum of the six fund components. */
    E06,
    /** Negative amount on a normal (non-reversal) row. */
    E07,
    /** Reversal (refd_setl_flag = 1) without init_setl_id. */
    E08,
    /** insu_admdvs = mdtrtarea_admdvs. */
    E09,
    /** Region code not 6 digits. */
    E10,
    /** Unknown code value (insutype, med_type, refd_setl_flag, gend). */
    E11,
    /** Unparseable date or time. */
    E12,
    /** Settlement month after the import's cycle month. */
    E13,
    /** setl_id already loaded with different content. */
    E14,
    /** Inpatient row (med_type 21) without begndate/enddate, or enddate before begndate. */
    E15,
    /** Whole file: invalid bytes for the declared encoding. */
    E16,
    /** Whole file: a required header column is missing. */
    E17,
    /** Reversal whose amounts are not the exact negation of its original. */
    E18,
    /** Fee line: det_item_fee_sumamt ≠ cnt × pric rounded half-up to the fen. */
    E19,
    /** Identical repeat of a loaded row: not a reject, only counted. */
    REPEAT
}
