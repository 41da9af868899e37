package org.fundclear.generator;

import java.util.List;

/** Column names of every input file, in spec order (spec/README.md). */
final class SpecHeaders {

    static final List<String> SETTLEMENTS = List.of("setl_id", "mdtrt_id", "psn_no", "certno", "psn_name", "gend",
            "brdy", "insutype", "med_type", "dise_codg", "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code",
            "begndate", "enddate", "setl_time", "medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt", "hifp_pay",
            "hifmi_pay", "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay",
            "psn_cash_pay", "refd_setl_flag", "init_setl_id");
    static final List<String> LEDGER = List.of("setl_id", "insu_admdvs", "mdtrtarea_admdvs", "psn_no", "setl_time",
            "medfee_sumamt", "fund_pay_sumamt", "acct_pay", "refd_setl_flag");
    static final List<String> FEES = List.of("setl_id", "line_no", "list_type", "hilist_code", "hilist_name", "cnt",
            "pric", "det_item_fee_sumamt", "days_supply", "bilg_dr_code", "fee_ocur_time");
    static final List<String> REGIONS = List.of("admdvs", "name", "prov_admdvs");
    static final List<String> INSTITUTIONS = List.of("fixmedins_code", "fixmedins_name", "admdvs", "kind", "hosp_lv");
    static final List<String> PERSONS = List.of("psn_no", "certno", "psn_name", "gend", "brdy", "insu_admdvs",
            "insutype", "death_date", "household_id");
    static final List<String> FILINGS = List.of("psn_no", "fil_type", "insu_admdvs", "dest_admdvs", "begndate",
            "enddate");
    static final List<String> CATALOG = List.of("hilist_code", "hilist_name", "list_type", "gend_limit", "min_age",
            "max_age", "max_days_supply", "outpatient_allowed", "price_cap");

    private SpecHeaders() {
    }
}
