package org.fundclear.generator;

import java.time.LocalDateTime;

/** One row of ledger-YYYY-MM.csv: what the insured region recorded for a settlement (amounts in fen). */
record LedgerRow(String setlId, String insuAdmdvs, String mdtrtareaAdmdvs, String psnNo, LocalDateTime setlTime,
                 long medfee, long fundPay, long acct, boolean reversal) {

    static LedgerRow of(Settlement s) {
        return new LedgerRow(s.setlId(), s.person().insured().admdvs(), s.institution().region().admdvs(),
                s.person().psnNo(), s.setlTime(), s.amounts().medfee(), s.amounts().fundPaySum(),
                s.amounts().acct(), s.isReversal());
    }

    LedgerRow withPsnNo(String otherPsnNo) {
        return new LedgerRow(setlId, insuAdmdvs, mdtrtareaAdmdvs, otherPsnNo, setlTime, medfee, fundPay, acct,
                reversal);
    }

    LedgerRow withAmounts(long otherMedfee, long otherFundPay) {
        return new LedgerRow(setlId, insuAdmdvs, mdtrtareaAdmdvs, psnNo, setlTime, otherMedfee, otherFundPay, acct,
                reversal);
    }
}
