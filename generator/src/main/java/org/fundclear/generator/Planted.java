package org.fundclear.generator;

/** The facts scenario-truth.csv records, each with the cycle in which its setl_id is expected to match first. */
enum Planted {
    MISSING_IN_LEDGER_RESOLVED,
    MISSING_IN_LEDGER_HELD,
    MISSING_IN_SETTLEMENTS_RESOLVED,
    MISSING_IN_SETTLEMENTS_HELD,
    AMOUNT_MISMATCH_HELD,
    CROSS_MONTH_REVERSAL
}
