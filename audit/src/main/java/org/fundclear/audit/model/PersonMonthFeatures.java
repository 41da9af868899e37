package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.AuditScope;
import org.jooq.Record;

/**
 * Computes every person's month with a few set-based passes (day buckets, person totals, days of supply,
 * chronic status) and keeps the last result, so the person behaviours share them.
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

    /**
     * Each aggregate is its own GROUP BY pass, merged here by person: joining grouped derived tables to each other
     * makes H2 re-run the inner one for every outer row.
     */
    private static List<PersonMonth> load(AuditScope scope) {
        String month = scope.month().toString();
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        Map<String, long[]> days = new HashMap<>();
        for (Record r : scope.dsl().resultQuery("SELECT psn_no, SUM(n), COUNT(*), SUM(CASE WHEN inst >= 2 THEN 1 ELSE 0 END),"
                + " MAX(inst) FROM (SELECT s.psn_no, " + DAY + " AS setl_day, COUNT(*) AS n,"
                + " COUNT(DISTINCT s.fixmedins_code) AS inst FROM audit_visit s" + where + " GROUP BY s.psn_no, " + DAY + ") d"
                + " GROUP BY psn_no", month).fetch()) {
            days.put(r.get(0, String.class), new long[] {r.get(1, Long.class), r.get(2, Long.class),
                    r.get(3, Long.class), r.get(4, Long.class)});
        }
        Map<String, Long> maxDays = new HashMap<>();
        // audit_item (the month's fee lines) carries the settlement columns of the WHERE under the same names.
        for (Record r : scope.dsl().resultQuery("SELECT psn_no, MAX(total) FROM (SELECT s.psn_no, s.hilist_code,"
                + " SUM(s.days_supply) AS total FROM audit_item s" + where + " AND s.days_supply > 0"
                + " GROUP BY s.psn_no, s.hilist_code) x"
                + " GROUP BY psn_no", month).fetch()) {
            maxDays.put(r.get(0, String.class), r.get(1, Long.class));
        }
        Set<String> chronic = new HashSet<>(scope.dsl().resultQuery("SELECT DISTINCT s.psn_no FROM audit_visit s"
                + " WHERE s.cycle_month = ? AND s.med_type LIKE '14%'", month).fetch(0, String.class));
        List<PersonMonth> rows = new ArrayList<>();
        for (Record r : scope.dsl().resultQuery("SELECT i.psn_no, p.gend, p.brdy, p.insu_admdvs, i.institutions,"
                + " i.purchases, i.pharmacies, i.paid, i.pharmacy_paid FROM (SELECT s.psn_no,"
                + " COUNT(DISTINCT s.fixmedins_code) AS institutions,"
                + " SUM(CASE WHEN s.med_type = '41' THEN 1 ELSE 0 END) AS purchases,"
                + " COUNT(DISTINCT CASE WHEN s.med_type = '41' THEN s.fixmedins_code END) AS pharmacies,"
                + " SUM(" + PAID + ") AS paid, SUM(CASE WHEN s.med_type = '41' THEN " + PAID + " ELSE 0 END) AS pharmacy_paid"
                + " FROM audit_visit s" + where + " GROUP BY s.psn_no) i LEFT JOIN person p ON p.psn_no = i.psn_no"
                + " ORDER BY i.psn_no", month).fetch()) {
            String psn = r.get(0, String.class);
            long[] d = days.get(psn);
            Date brdy = r.get(2, Date.class);
            String insu = r.get(3, String.class);
            rows.add(new PersonMonth(psn, r.get(1, String.class), brdy == null ? null : brdy.toLocalDate(),
                    insu == null ? "??" : insu, chronic.contains(psn), d[0], d[1], d[2], d[3],
                    r.get(4, Long.class), r.get(5, Long.class), r.get(6, Long.class),
                    orZero(r.get(7, BigDecimal.class)), orZero(r.get(8, BigDecimal.class)),
                    maxDays.getOrDefault(psn, 0L)));
        }
        return rows;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
