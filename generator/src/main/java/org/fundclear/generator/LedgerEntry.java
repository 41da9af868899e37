package org.fundclear.generator;

import java.util.Optional;

/** The ledger's version of one settlement row: the outcome planted and the row to write, empty when missing. */
record LedgerEntry(LedgerOutcome outcome, Optional<LedgerRow> row) {

    static LedgerEntry of(LedgerOutcome outcome, LedgerRow row) {
        return new LedgerEntry(outcome, Optional.of(row));
    }

    static LedgerEntry missing() {
        return new LedgerEntry(LedgerOutcome.MISSING, Optional.empty());
    }
}
