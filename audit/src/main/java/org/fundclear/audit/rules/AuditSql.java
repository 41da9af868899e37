package org.fundclear.audit.rules;

/** SQL fragments the rules share; each runs unchanged on H2 (Oracle mode), PostgreSQL and Oracle. */
final class AuditSql {

    /** Outpatient and pharmacy med_types of DOMAIN.md §2.3 (11,12,13,14,16,41 and local 14xxxx/99xx). */
    static final String OUTPATIENT =
            "(s.med_type IN ('11','12','13','16','41') OR s.med_type LIKE '14%' OR s.med_type LIKE '99%')";

    /** Chronic/special-disease outpatient (门诊慢特病): scheduled care such as dialysis, excluded from volume rules. */
    static final String CHRONIC = "s.med_type LIKE '14%'";

    /** A normal settlement that no reversal has taken back. */
    static final String LIVE = "s.refd_setl_flag = '0' AND NOT EXISTS "
            + "(SELECT 1 FROM settlement r WHERE r.init_setl_id = s.setl_id AND r.refd_setl_flag = '1')";

    /** What the funds and the personal account paid: the amount a violation puts at risk. */
    static final String PAID = "(s.fund_pay_sumamt + s.acct_pay)";

    /**
     * The settlement's day as 'YYYY-MM-DD'. CAST(... AS DATE) keeps the time in Oracle and H2's Oracle mode, and
     * TRUNC/DATE_TRUNC are not portable; TO_CHAR is, and ISO day strings compare in date order.
     */
    static final String SETL_DATE = day("s.setl_time");

    static String day(String column) {
        return "TO_CHAR(" + column + ", 'YYYY-MM-DD')";
    }

    private AuditSql() {
    }
}
