package org.fundclear.reports.analysis;

import java.math.BigDecimal;

/**
 * Signed sums over cleared settlements: setl_cnt (人次, reversals −1), medfee_sumamt, fund_pay (基金支付 =
 * fund_pay_sumamt + acct_pay), acct_pay alone, and inpatient days (reversals subtracting). Exact yuan.
 */
public record Figures(long setlCnt, BigDecimal medfee, BigDecimal fundPay, BigDecimal acctPay, long inpatientDays) {
    public static final Figures ZERO = new Figures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public Figures plus(Figures other) {
        return new Figures(setlCnt + other.setlCnt, medfee.add(other.medfee), fundPay.add(other.fundPay),
                acctPay.add(other.acctPay), inpatientDays + other.inpatientDays);
    }
}
