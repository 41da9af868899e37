package org.fundclear.reports.analysis;

/** In-province (省内异地: both regions share the first two digits) or cross-province (跨省异地). */
public enum Scope {
    CROSS_PROVINCE("跨省"),
    IN_PROVINCE("省内");

    private final String zh;

    Scope(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static Scope of(String insuAdmdvs, String mdtrtareaAdmdvs) {
        return insuAdmdvs.regionMatches(0, mdtrtareaAdmdvs, 0, 2) ? IN_PROVINCE : CROSS_PROVINCE;
    }
}
