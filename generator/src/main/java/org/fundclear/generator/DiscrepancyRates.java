package org.fundclear.generator;

/**
 * How often the ledger deliberately disagrees with the settlements, as fractions of settlement rows.
 *
 * @param missingInLedger      a settlement without ledger row (→ MISSING_IN_LEDGER)
 * @param missingInSettlements an extra ledger row whose settlement was never reported (→ MISSING_IN_SETTLEMENTS)
 * @param amountMismatch       ledger medfee_sumamt or fund_pay_sumamt differs (→ AMOUNT_MISMATCH)
 * @param psnNoDifference      ledger keys the person differently; a data-quality warning, not a status
 */
public record DiscrepancyRates(double missingInLedger, double missingInSettlements, double amountMismatch,
                               double psnNoDifference) {

    public static final DiscrepancyRates DEFAULTS = new DiscrepancyRates(0.005, 0.003, 0.003, 0.001);
    public static final DiscrepancyRates NONE = new DiscrepancyRates(0, 0, 0, 0);

    public DiscrepancyRates {
        for (double rate : new double[] {missingInLedger, missingInSettlements, amountMismatch, psnNoDifference}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
            }
        }
        if (missingInLedger + amountMismatch + psnNoDifference > 1) {
            throw new IllegalArgumentException(
                    "a settlement can carry only one discrepancy: rates add up to more than 1");
        }
    }
}
