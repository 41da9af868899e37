package org.fundclear.generator;

/** What the ledger made of one settlement row; at most one discrepancy per row. */
enum LedgerOutcome {
    /** Same amounts: reconciles as MATCHED. */
    MATCHED,
    /** No ledger row: MISSING_IN_LEDGER. */
    MISSING,
    /** medfee_sumamt or fund_pay_sumamt differs: AMOUNT_MISMATCH. */
    AMOUNT_MISMATCH,
    /** Same amounts under another person key: MATCHED, with a data-quality warning. */
    PSN_NO_DIFFERENCE;

    boolean matches() {
        return this == MATCHED || this == PSN_NO_DIFFERENCE;
    }
}
