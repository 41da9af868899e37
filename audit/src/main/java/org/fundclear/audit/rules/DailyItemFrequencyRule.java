package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;

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
        // The limit as a CASE on the line's code, not a join, so nothing can drive a scan of the lines per code;
        // the literal list filters the scan itself.
        String maxCnt = limits.entrySet().stream().map(e -> " WHEN '" + e.getKey() + "' THEN " + e.getValue())
                .collect(Collectors.joining("", "CASE f.hilist_code", " END"));
        String codes = limits.keySet().stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        String lines = " WHERE f.cycle_month = ? AND f.hilist_code IN (" + codes + ")";
        String group = "f.psn_no, f.fixmedins_code, f.hilist_code, f.setl_day";
        // The days over the limit come from one hashed IN; the day's count rides along their few lines as a window.
        return "SELECT psn_no, setl_id, amt * (total - max_cnt) / total, total, setl_date, hilist_name FROM"
                + " (SELECT f.psn_no, f.setl_id, f.line_no, f.det_item_fee_sumamt AS amt, n.hilist_name,"
                + " f.setl_day AS setl_date, " + maxCnt + " AS max_cnt, SUM(f.cnt) OVER (PARTITION BY " + group
                + ") AS total FROM audit_item f" + AuditSql.ITEM_NAME + lines + " AND (" + group + ") IN (SELECT "
                + group + " FROM audit_item f" + lines + " GROUP BY " + group + " HAVING SUM(f.cnt) > MAX(" + maxCnt
                + "))) w ORDER BY psn_no, setl_id, line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        String month = scope.month().toString();
        return new Object[] {month, month};
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
