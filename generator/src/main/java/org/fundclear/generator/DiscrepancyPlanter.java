package org.fundclear.generator;

import java.util.SplittableRandom;

/**
 * Derives the insured region's ledger from the settlements and plants the two-sided discrepancies that
 * reconciliation must find. At most one discrepancy per settlement, so each maps to exactly one status.
 */
final class DiscrepancyPlanter {

    private static final long MAX_MISMATCH_FEN = 5000;

    private final DiscrepancyRates rates;
    private final SplittableRandom rng;
    private long missingInLedger;
    private long missingInSettlements;
    private long amountMismatch;
    private long psnNoDifference;

    DiscrepancyPlanter(DiscrepancyRates rates, SplittableRandom rng) {
        this.rates = rates;
        this.rng = rng;
    }

    /** The ledger's version of a settlement row (normal or reversal). */
    LedgerEntry ledgerFor(Settlement settlement) {
        LedgerRow row = LedgerRow.of(settlement);
        double u = rng.nextDouble();
        if (u < rates.missingInLedger()) {
            missingInLedger++;
            return LedgerEntry.missing();
        }
        u -= rates.missingInLedger();
        if (u < rates.amountMismatch()) {
            amountMismatch++;
            return LedgerEntry.of(LedgerOutcome.AMOUNT_MISMATCH, mismatched(row));
        }
        u -= rates.amountMismatch();
        if (u < rates.psnNoDifference()) {
            psnNoDifference++;
            // The regional system keyed this person by ID number instead of the platform's psn_no.
            return LedgerEntry.of(LedgerOutcome.PSN_NO_DIFFERENCE, row.withPsnNo(settlement.person().certno()));
        }
        return LedgerEntry.of(LedgerOutcome.MATCHED, row);
    }

    /** Whether, after the current settlement, the ledger gets a row the settlements never carry. */
    boolean extraLedgerRowDue() {
        if (rng.nextDouble() < rates.missingInSettlements()) {
            missingInSettlements++;
            return true;
        }
        return false;
    }

    DiscrepancyCounts counts() {
        return new DiscrepancyCounts(missingInLedger, missingInSettlements, amountMismatch, psnNoDifference);
    }

    /**
     * Shifts medfee up or the fund payment down by 0.01–50 yuan, working on magnitudes so a normal row stays
     * non-negative, a reversal non-positive, and fund + acct never exceeds medfee.
     */
    private LedgerRow mismatched(LedgerRow row) {
        long sign = row.reversal() ? -1 : 1;
        long medfee = sign * row.medfee();
        long fund = sign * row.fundPay();
        long delta = 1 + rng.nextLong(MAX_MISMATCH_FEN);
        if (rng.nextBoolean() && fund >= delta) {
            fund -= delta;
        } else {
            medfee += delta;
        }
        return row.withAmounts(sign * medfee, sign * fund);
    }
}
