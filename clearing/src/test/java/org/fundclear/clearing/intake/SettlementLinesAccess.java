package org.fundclear.clearing.intake;

import java.util.List;

/** Test data builders of this package, for tests of other packages: settlement lines and their ledger rows. */
public final class SettlementLinesAccess {
    public static final List<String> HEADER = SettlementLines.HEADER;
    public static final List<String> LEDGER_HEADER = List.of("setl_id", "insu_admdvs", "mdtrtarea_admdvs", "psn_no",
            "setl_time", "medfee_sumamt", "fund_pay_sumamt", "acct_pay", "refd_setl_flag");

    private final SettlementLines line;

    private SettlementLinesAccess(SettlementLines line) {
        this.line = line;
    }

    public static SettlementLinesAccess valid(String setlId, String setlTime) {
        return new SettlementLinesAccess(SettlementLines.valid(setlId).set("setl_time", setlTime));
    }

    public static SettlementLinesAccess reversalOf(SettlementLinesAccess original, String setlId, String setlTime) {
        return new SettlementLinesAccess(SettlementLines.reversalOf(original.line, setlId).set("setl_time", setlTime));
    }

    public SettlementLinesAccess set(String field, String value) {
        line.set(field, value);
        return this;
    }

    public List<String> fields() {
        return line.fields();
    }

    /** The insured region's ledger row agreeing with this settlement. */
    public List<String> ledger() {
        List<String> f = line.fields();
        return LEDGER_HEADER.stream().map(h -> f.get(HEADER.indexOf(h))).toList();
    }
}
