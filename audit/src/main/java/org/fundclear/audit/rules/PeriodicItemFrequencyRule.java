package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.LIVE;
import static org.fundclear.audit.rules.AuditSql.SETTLEMENT_DAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/**
 * R15 周期频次: an item billed again for the same person (any provider) sooner than its minimum interval, e.g.
 * HbA1c at most once in 28 days. A window function pairs each billing day with the previous one within the
 * 90-day look-back; the day gap is counted in Java.
 */
public final class PeriodicItemFrequencyRule extends SqlRule {

    /** Minimum days between two billings of the item. */
    public static final Map<String, Integer> DEFAULT_MIN_GAP_DAYS = Map.of(
            "002503030120000", 28, "002204010010000", 14, "002203010010000", 14);

    private final Map<String, Integer> minGapDays;

    public PeriodicItemFrequencyRule(Map<String, Integer> minGapDays) {
        minGapDays.keySet().forEach(code -> {
            if (!code.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("catalogue codes are alphanumeric: " + code);
            }
        });
        this.minGapDays = new TreeMap<>(minGapDays);
    }

    public PeriodicItemFrequencyRule() {
        this(DEFAULT_MIN_GAP_DAYS);
    }

    @Override public String id() { return "R15"; }
    @Override public String reason() { return "周期频次"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }

    @Override
    public String thresholds() {
        return minGapDays.entrySet().stream().map(e -> e.getKey() + ">=" + e.getValue() + "d")
                .collect(Collectors.joining("|"));
    }

    @Override
    public boolean readsMonthSnapshot() {
        return false;
    }

    @Override
    String sql() {
        String gaps = minGapDays.entrySet().stream()
                .map(e -> "SELECT CAST('" + e.getKey() + "' AS VARCHAR(50)) AS code, " + e.getValue() + " AS min_gap")
                .collect(Collectors.joining(" UNION ALL "));
        // The literal list filters the scan of fee_line itself, before any line is joined to its settlement.
        String codes = minGapDays.keySet().stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        return "WITH gaps AS (" + gaps + ") SELECT psn_no, setl_id, amt, min_gap, prev_setl_id, hilist_name,"
                + " setl_date, prev_date, cycle_month FROM (SELECT s.psn_no, s.setl_id, f.det_item_fee_sumamt AS amt,"
                + " gaps.min_gap, f.hilist_name, s.cycle_month, " + SETTLEMENT_DAY + " AS setl_date,"
                + " LAG(" + SETTLEMENT_DAY + ") OVER (PARTITION BY s.psn_no, f.hilist_code ORDER BY s.setl_time, s.setl_id) AS prev_date,"
                + " LAG(s.setl_id) OVER (PARTITION BY s.psn_no, f.hilist_code ORDER BY s.setl_time, s.setl_id) AS prev_setl_id"
                + " FROM fee_line f JOIN gaps ON gaps.code = f.hilist_code JOIN settlement s ON s.setl_id = f.setl_id"
                + " WHERE f.hilist_code IN (" + codes + ") AND s.setl_time >= ? AND s.setl_time < ?"
                + " AND s.cycle_month >= ? AND f.cycle_month >= ? AND " + LIVE + ") w"
                + " WHERE prev_date IS NOT NULL AND cycle_month = ? ORDER BY psn_no, setl_date";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.windowStart(90), scope.monthEndExclusive(), scope.firstCycleMonth(90),
                scope.firstFeeCycleMonth(90), scope.month().toString()};
    }

    @Override
    boolean keep(Record row) {
        return gapDays(row) < row.get(3, Integer.class);
    }

    @Override
    void collect(Evidence evidence, Record row) {
        Evidence.Subject subject = evidence.of(row.get(0, String.class));
        subject.setlIds.add(row.get(4, String.class));
        subject.add(row.get(1, String.class), row.get(2, BigDecimal.class), -gapDays(row),
                Integer.toString(row.get(3, Integer.class)), row.get(5, String.class));
    }

    private static long gapDays(Record row) {
        return ChronoUnit.DAYS.between(LocalDate.parse(row.get(7, String.class)), LocalDate.parse(row.get(6, String.class)));
    }

    /** 0.5 for one repeat inside the interval (the threshold itself), more for every further repeat. */
    @Override
    double score(Evidence.Subject s) {
        return beyond(s.rows + 1, 2);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "周期频次：%s 两次计费最短间隔 %s 天，低于最短间隔 %s 天，%d 笔结算，金额 %s 元".formatted(s.detailList(),
                fmt(-s.maxMetric), String.join("/", s.units), s.setlIds.size(), s.amount().toPlainString());
    }
}
