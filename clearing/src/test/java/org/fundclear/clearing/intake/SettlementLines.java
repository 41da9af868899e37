package org.fundclear.clearing.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds settlement lines for tests: a valid row whose fields a test overrides one at a time. */
final class SettlementLines {
    static final List<String> HEADER = List.of("setl_id", "mdtrt_id", "psn_no", "certno", "psn_name", "gend", "brdy",
            "insutype", "med_type", "dise_codg", "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code", "begndate",
            "enddate", "setl_time", "medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt", "hifp_pay", "hifmi_pay",
            "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay", "psn_cash_pay",
            "refd_setl_flag", "init_setl_id");

    private final Map<String, String> values = new LinkedHashMap<>();

    static SettlementLines valid(String setlId) {
        SettlementLines l = new SettlementLines();
        l.set("setl_id", setlId).set("mdtrt_id", "M" + setlId).set("psn_no", "P001").set("certno", "530902199001011234")
                .set("psn_name", "张三").set("gend", "1").set("brdy", "1990-01-01").set("insutype", "310")
                .set("med_type", "11").set("dise_codg", "I10").set("insu_admdvs", "530900")
                .set("mdtrtarea_admdvs", "530100").set("fixmedins_code", "H53010100001").set("begndate", "2026-10-05")
                .set("enddate", "2026-10-05").set("setl_time", "2026-10-05 10:11:12").set("medfee_sumamt", "261.50")
                .set("fulamt_ownpay_amt", "10.00").set("inscp_scp_amt", "251.50").set("hifp_pay", "150.00")
                .set("hifmi_pay", "").set("hifob_pay", "0").set("cvlserv_pay", "10.00").set("maf_pay", "")
                .set("oth_pay", "").set("fund_pay_sumamt", "160.00").set("acct_pay", "50.00")
                .set("psn_cash_pay", "51.50").set("refd_setl_flag", "0").set("init_setl_id", "");
        return l;
    }

    /** The exact negation of {@code original}, as a reversal. */
    static SettlementLines reversalOf(SettlementLines original, String setlId) {
        SettlementLines r = new SettlementLines();
        r.values.putAll(original.values);
        for (String amount : List.of("medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt", "hifp_pay", "hifmi_pay",
                "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay", "psn_cash_pay")) {
            String v = r.values.get(amount);
            if (!v.isEmpty() && !v.equals("0")) {
                r.values.put(amount, "-" + v);
            }
        }
        return r.set("setl_id", setlId).set("refd_setl_flag", "1").set("init_setl_id", original.values.get("setl_id"))
                .set("setl_time", "2026-10-06 09:00:00");
    }

    SettlementLines set(String field, String value) {
        values.put(field, value);
        return this;
    }

    List<String> fields() {
        List<String> out = new ArrayList<>();
        for (String h : HEADER) {
            out.add(values.getOrDefault(h, ""));
        }
        return out;
    }
}
