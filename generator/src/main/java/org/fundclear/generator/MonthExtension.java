package org.fundclear.generator;

/**
 * Lets a multi-month scenario watch a generated month and add rows after the month's own ones. The own rows never
 * depend on the extension, so a plain month and the same month in a scenario share them byte for byte.
 */
interface MonthExtension {

    MonthExtension NONE = new MonthExtension() {
    };

    /** A settlement row of the month's own stream (normal or reversal) and what the ledger made of it. */
    default void settlementWritten(Settlement settlement, LedgerOutcome ledger) {
    }

    /** A ledger row was written without its settlement; {@code unreported} is the settlement it came from. */
    default void ledgerOnlyWritten(Settlement unreported) {
    }

    /** Called once the own rows are written, before the files close; new setl_ids must come from {@code factory}. */
    default void appendTo(MonthFiles out, SettlementFactory factory) {
    }
}
