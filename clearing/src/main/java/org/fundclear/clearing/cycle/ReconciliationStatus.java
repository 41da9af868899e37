package org.fundclear.clearing.cycle;

/** The outcome of comparing a setl_id's two sides (spec reconciliation-YYYY-MM.csv). */
public enum ReconciliationStatus {
    MATCHED, MISSING_IN_LEDGER, MISSING_IN_SETTLEMENTS, AMOUNT_MISMATCH
}
