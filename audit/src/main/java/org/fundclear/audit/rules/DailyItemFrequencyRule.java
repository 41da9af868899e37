package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Certainty;

/**
 * R14 超频次: an item billed more times on one day at one institution than the knowledge base's daily limit.
 * Suspected, not definite: a second registration on the same day can be a legitimate new visit.
 */
public final class DailyItemFrequencyRule extends SqlRule {

    /** Daily limits of the services one person can receive once a day (consultations, imaging, HbA1c). */
    public static final Map<String, Integer> DEFAULT_LIMITS = Map.of(
            "001101000010000", 1, "001102000020000", 1, "002203010010000", 1, "002204010010000", 1,
            "002503030120000", 1);

    private final Map<String, Integer> limits;

    public DailyItemFrequencyRule(Map<String, Integer> limits) {
        limits.keySet().forEach(code -> {
            if (!code.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("catalogue codes are alphanumeric: " + code);
            }
        });
        this.limits = new TreeMap<>(limits);
    }

    public DailyItemFrequencyRule() {
        this(DEFAULT_LIMITS);
    }

    @Override public String id() { return "R14"; }
    @Override public String reason() { return "超频次"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }

    @Override
    public String thresholds() {
        return limits.entrySet().stream().map(e -> e.getKey() + "<=" + e.getValue()).collect(Collectors.joining("|"));
    }

    @Override
    String sql() {
        String limitTable = limits.entrySet().stream()
                .map(e -> "SELECT CAST('" + e.getKey() + "' AS VARCHAR(50)) AS code, " + e.getValue() + " AS max_cnt")
                .collect(Collectors.joining(" UNION ALL "));
        // The literal list filters the scan of fee_line itself, before any line is joined to its settlement.
        String codes = limits.keySet().stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        String lines = " FROM fee_line f JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id"
                + " JOIN lim ON lim.code = f.hilist_code WHERE f.hilist_code IN (" + codes + ")"
                + " AND f.cycle_month = ? AND s.cycle_month = ?";
        String group = "s.psn_no, s.fixmedins_code, f.hilist_code, " + SETL_DATE;
        // The days over the limit come from one hashed IN; the day's count rides along their few lines as a window.
        return "WITH lim AS (" + limitTable + ") SELECT psn_no, setl_id, amt * (total - max_cnt) / total, total,"
                + " setl_date, hilist_name FROM (SELECT s.psn_no, s.setl_id, f.line_no, f.det_item_fee_sumamt AS amt,"
                + " f.hilist_name, " + SETL_DATE + " AS setl_date, lim.max_cnt, SUM(f.cnt) OVER (PARTITION BY " + group
                + ") AS total" + lines + " AND (" + group + ") IN (SELECT " + group + lines + " GROUP BY " + group
                + " HAVING SUM(f.cnt) > MAX(lim.max_cnt))) w ORDER BY psn_no, setl_id, line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        String month = scope.month().toString();
        return new Object[] {month, month, month, month};
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric, 1);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "超频次：%s 同一机构单日计费最多 %s 次，超过每日限次，共 %d 天、%d 笔结算，超出部分 %s 元".formatted(s.detailList(),
                fmt(s.maxMetric), s.units.size(), s.setlIds.size(), s.amount().toPlainString());
    }
}
