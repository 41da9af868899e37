package org.fundclear.generator;

/**
 * The money of one settlement in fen. The fund total and the cash part are derived, so the two spec sums
 * (fund_pay_sumamt = Σ components, medfee = fund + acct + cash) hold by construction.
 */
record Amounts(long medfee, long fulamtOwnpay, long inscpScp, long hifp, long hifmi, long hifob, long cvlserv,
               long maf, long oth, long acct) {

    long fundPaySum() {
        return hifp + hifmi + hifob + cvlserv + maf + oth;
    }

    long psnCash() {
        return medfee - fundPaySum() - acct;
    }

    /** A reversal (退费) carries every amount negated, optional ones included. */
    Amounts negate() {
        return new Amounts(-medfee, -fulamtOwnpay, -inscpScp, -hifp, -hifmi, -hifob, -cvlserv, -maf, -oth, -acct);
    }
}
