package org.fundclear.generator;

/** How many discrepancies of each kind were planted between settlements and ledger. */
public record DiscrepancyCounts(long missingInLedger, long missingInSettlements, long amountMismatch,
                                long psnNoDifference) {
}
