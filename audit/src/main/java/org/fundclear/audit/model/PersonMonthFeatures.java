package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.AuditScope;
import org.jooq.Record;

/**
 * Computes every person's month in one set-based pass (day buckets, then person totals) and keeps the last
 * result, so the person behaviours share one scan.
 */
public final class PersonMonthFeatures {
    /** Outpatient and pharmacy, without scheduled chronic-disease care (med_type 14). */
    private static final String OUTPATIENT = "s.outpatient = '1' AND s.med_type NOT LIKE '14%'";
    private static final String PAID = "s.paid";
    private static final String DAY = "s.setl_day";

    private AuditScope cachedScope;
    private List<PersonMonth> cached;

    synchronized List<PersonMonth> of(AuditScope scope) {
        if (!scope.equals(cachedScope)) {
            cached = load(scope.prepare());
            cachedScope = scope;
        }
        return cached;
    }

    private static List<PersonMonth> load(AuditScope scope) {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        String sql = "WITH d AS (SELECT s.psn_no, " + DAY + " AS setl_day, COUNT(*) AS n,"
                + " COUNT(DISTINCT s.fixmedins_code) AS inst FROM audit_visit s" + where + " GROUP BY s.psn_no, " + DAY + "),"
                + " m AS (SELECT psn_no, SUM(n) AS visits, COUNT(*) AS days,"
                + " SUM(CASE WHEN inst >= 2 THEN 1 ELSE 0 END) AS multi_days, MAX(inst) AS max_inst FROM d GROUP BY psn_no),"
                + " i AS (SELECT s.psn_no, COUNT(DISTINCT s.fixmedins_code) AS institutions,"
                + " SUM(CASE WHEN s.med_type = '41' THEN 1 ELSE 0 END) AS purchases,"
                + " COUNT(DISTINCT CASE WHEN s.med_type = '41' THEN s.fixmedins_code END) AS pharmacies,"
                + " SUM(" + PAID + ") AS paid, SUM(CASE WHEN s.med_type = '41' THEN " + PAID + " ELSE 0 END) AS pharmacy_paid"
                + " FROM audit_visit s" + where + " GROUP BY s.psn_no),"
                + " k AS (SELECT psn_no, MAX(total) AS max_days FROM (SELECT s.psn_no, f.hilist_code,"
                + " SUM(f.days_supply) AS total FROM fee_line f JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id" + where
                + " AND f.days_supply > 0 GROUP BY s.psn_no, f.hilist_code) x GROUP BY psn_no),"
                + " c AS (SELECT s.psn_no FROM audit_visit s WHERE s.cycle_month = ? AND s.med_type LIKE '14%'"
                + " GROUP BY s.psn_no)"
                + " SELECT m.psn_no, p.gend, p.brdy, p.insu_admdvs, c.psn_no, m.visits, m.days, m.multi_days, m.max_inst,"
                + " i.institutions, i.purchases, i.pharmacies, i.paid, i.pharmacy_paid, k.max_days"
                + " FROM m JOIN i ON i.psn_no = m.psn_no LEFT JOIN k ON k.psn_no = m.psn_no"
                + " LEFT JOIN c ON c.psn_no = m.psn_no LEFT JOIN person p ON p.psn_no = m.psn_no ORDER BY m.psn_no";
        String month = scope.month().toString();
        List<PersonMonth> rows = new ArrayList<>();
        for (Record r : scope.dsl().resultQuery(sql, month, month, month, month).fetch()) {
            Date brdy = r.get(2, Date.class);
            String insu = r.get(3, String.class);
            rows.add(new PersonMonth(r.get(0, String.class), r.get(1, String.class),
                    brdy == null ? null : brdy.toLocalDate(), insu == null ? "??" : insu, r.get(4) != null,
                    r.get(5, Long.class), r.get(6, Long.class), r.get(7, Long.class), r.get(8, Long.class),
                    r.get(9, Long.class), r.get(10, Long.class), r.get(11, Long.class),
                    orZero(r.get(12, BigDecimal.class)), orZero(r.get(13, BigDecimal.class)),
                    r.get(14) == null ? 0 : r.get(14, Long.class)));
        }
        return rows;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
