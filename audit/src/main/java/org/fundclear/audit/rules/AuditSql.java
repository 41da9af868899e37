package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditVisits;

/**
 * SQL fragments the rules share; each runs unchanged on H2 (Oracle mode), PostgreSQL and Oracle. Rules of the
 * month read audit_visit (alias s) and audit_item (alias f); rules with a 90-day look-back read settlement and
 * fee_line and need {@link #LIVE}.
 */
final class AuditSql {

    /** On audit_visit: an outpatient or pharmacy settlement. */
    static final String OUTPATIENT = "s.outpatient = '1'";

    /** Chronic/special-disease outpatient (门诊慢特病): scheduled care such as dialysis, excluded from volume rules. */
    static final String CHRONIC = "s.med_type LIKE '14%'";

    /** On settlement: a normal settlement that no reversal has taken back (audit_visit holds only those). */
    static final String LIVE = AuditVisits.LIVE;

    /** On audit_item (alias f): an outpatient or pharmacy settlement's line. */
    static final String ITEM_OUTPATIENT = "f.outpatient = '1'";

    /**
     * The billed name of an audit_item line (alias f), as n.hilist_name: read from fee_line by its key for the lines
     * a rule returns only, in the line's own month (PostgreSQL looks into that partition only). A LEFT JOIN, so H2
     * keeps it after the joins that filter the lines.
     */
    static final String ITEM_NAME = " LEFT JOIN fee_line n ON n.setl_id = f.setl_id AND n.line_no = f.line_no"
            + " AND n.cycle_month = f.cycle_month";

    /** The audit_item line's settlement in audit_visit (alias s), for the person's sex and birth date. */
    static final String ITEM_VISIT = " JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id";

    /** On audit_visit: what the funds and the personal account paid, the amount a violation puts at risk. */
    static final String PAID = "s.paid";

    /**
     * The settlement's day as 'YYYY-MM-DD'. CAST(... AS DATE) keeps the time in Oracle and H2's Oracle mode, and
     * TRUNC/DATE_TRUNC are not portable; TO_CHAR is, and ISO day strings compare in date order.
     */
    static final String SETTLEMENT_DAY = day("s.setl_time");

    /** On audit_visit: the settlement's day. */
    static final String SETL_DATE = "s.setl_day";

    /**
     * On audit_item or fee_line (alias f): the line's item is one the catalogue restricts by {@code condition} (alias c). A hashed
     * IN on the fee line itself, so only the few restricted lines are joined to their settlements.
     */
    static String restricted(String condition) {
        return "f.hilist_code IN (SELECT c.hilist_code FROM catalog_item c WHERE " + condition + ")";
    }

    static String day(String column) {
        return "TO_CHAR(" + column + ", 'YYYY-MM-DD')";
    }

    private AuditSql() {
    }
}
