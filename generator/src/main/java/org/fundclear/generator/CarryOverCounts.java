package org.fundclear.generator;

/**
 * What a month carries for the month before it.
 *
 * @param lateLedgerRows           ledger rows for the previous month's MISSING_IN_LEDGER settlements
 * @param lateSettlements          settlements for the previous month's MISSING_IN_SETTLEMENTS ledger rows
 * @param crossMonthReversals      reversals (settlement and ledger row) of settlements matched in the previous month
 * @param heldMissingInLedger      the previous month's MISSING_IN_LEDGER settlements left unresolved
 * @param heldMissingInSettlements the previous month's MISSING_IN_SETTLEMENTS ledger rows left unresolved
 * @param heldAmountMismatches     the previous month's AMOUNT_MISMATCH rows (resending can't fix them)
 */
public record CarryOverCounts(long lateLedgerRows, long lateSettlements, long crossMonthReversals,
                              long heldMissingInLedger, long heldMissingInSettlements, long heldAmountMismatches) {

    public static final CarryOverCounts NONE = new CarryOverCounts(0, 0, 0, 0, 0, 0);
}
