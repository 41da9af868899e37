package org.fundclear.generator;

import static org.fundclear.generator.Formats.money;

/** Turns generated records into CSV fields in spec column order. Pure: the same record always gives the same text. */
final class SpecRows {

    private SpecRows() {
    }

    static String[] settlement(Settlement s) {
        Person p = s.person();
        Amounts a = s.amounts();
        boolean shown = s.personDetailsShown();
        boolean blank = s.zeroOptionalsBlank();
        return new String[] {s.setlId(), s.mdtrtId(), p.psnNo(), shown ? p.certno() : "", shown ? p.name() : "",
                shown ? Integer.toString(p.gend()) : "", shown ? Formats.date(p.brdy()) : "", p.insutype(),
                s.medType().code(), Formats.orEmpty(s.diseCodg()), p.insured().admdvs(),
                s.institution().region().admdvs(), s.institution().code(), Formats.date(s.begndate()),
                Formats.date(s.enddate()), Formats.dateTime(s.setlTime()), money(a.medfee()),
                optional(a.fulamtOwnpay(), blank), optional(a.inscpScp(), blank), money(a.hifp()),
                optional(a.hifmi(), blank), optional(a.hifob(), blank), optional(a.cvlserv(), blank),
                optional(a.maf(), blank), optional(a.oth(), blank), money(a.fundPaySum()), money(a.acct()),
                money(a.psnCash()), s.isReversal() ? "1" : "0", Formats.orEmpty(s.initSetlId())};
    }

    static String[] ledger(LedgerRow r) {
        return new String[] {r.setlId(), r.insuAdmdvs(), r.mdtrtareaAdmdvs(), r.psnNo(), Formats.dateTime(r.setlTime()),
                money(r.medfee()), money(r.fundPay()), money(r.acct()), r.reversal() ? "1" : "0"};
    }

    static String[] fee(String setlId, FeeLine line) {
        return new String[] {setlId, Integer.toString(line.lineNo()), line.item().listType(), line.item().code(),
                line.item().name(), Formats.scaled4(line.cnt4(), 0), Formats.scaled4(line.pric4(), 2),
                money(line.amount()), Formats.orEmpty(line.daysSupply()), Formats.orEmpty(line.doctorCode()),
                Formats.dateTime(line.ocurTime())};
    }

    private static String optional(long fen, boolean blankIfZero) {
        return blankIfZero && fen == 0 ? "" : money(fen);
    }
}
