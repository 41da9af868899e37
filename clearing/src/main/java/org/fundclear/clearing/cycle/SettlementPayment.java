package org.fundclear.clearing.cycle;

import java.math.BigDecimal;

/**
 * What a deduction may be taken from: one settlement as the treatment region was paid for it.
 *
 * @param paid     fund_pay_sumamt + acct_pay: what the insured region owes the treatment region for it
 * @param deducted the adjustments already confirmed on it (a reversed deduction counts negative)
 * @param cleared  the settlement has been cleared (matched in a cleared cycle)
 * @param reversed a reversal (退费) of it has been loaded
 */
public record SettlementPayment(String setlId, String psnNo, String fixmedinsCode, String insuAdmdvs,
                                String mdtrtareaAdmdvs, String refdSetlFlag, BigDecimal paid, BigDecimal deducted,
                                boolean cleared, boolean reversed) {

    /** What can still be deducted: paid less what was deducted already. */
    public BigDecimal deductible() {
        return paid.subtract(deducted);
    }
}
