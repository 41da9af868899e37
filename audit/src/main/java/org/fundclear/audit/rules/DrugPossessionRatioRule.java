package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;
import static org.fundclear.audit.rules.AuditSql.LIVE;
import static org.fundclear.audit.rules.AuditSql.SETTLEMENT_OUTPATIENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/**
 * R07 重复开药/持药量重叠: the days of one drug a person obtained (any provider) in the look-back window ending
 * with the month, divided by the window's days (possession ratio), is above the limit. The amount at risk is
 * the share of the purchases beyond one dose a day.
 */
public final class DrugPossessionRatioRule extends SqlRule {
    private final int windowDays;
    private final double maxRatio;

    public DrugPossessionRatioRule(int windowDays, double maxRatio) {
        this.windowDays = windowDays;
        this.maxRatio = maxRatio;
    }

    public DrugPossessionRatioRule() {
        this(90, 1.5);
    }

    @Override public String id() { return "R07"; }
    @Override public String reason() { return "重复开药/持药量重叠"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "window_days=" + windowDays + ",max_ratio=" + maxRatio; }

    @Override
    public boolean readsMonthSnapshot() {
        return false;
    }

    @Override
    String sql() {
        String lines = " FROM fee_line f JOIN settlement s ON s.setl_id = f.setl_id WHERE s.setl_time >= ?"
                + " AND s.setl_time < ? AND f.days_supply > 0 AND " + SETTLEMENT_OUTPATIENT + " AND " + LIVE;
        // The person's drugs over the limit come from one hashed IN; their total rides along as a window.
        return "SELECT s.psn_no, s.setl_id, f.det_item_fee_sumamt, SUM(f.days_supply) OVER (PARTITION BY s.psn_no,"
                + " f.hilist_code), s.fixmedins_code, f.hilist_name" + lines + " AND (s.psn_no, f.hilist_code) IN"
                + " (SELECT s.psn_no, f.hilist_code" + lines + " GROUP BY s.psn_no, f.hilist_code"
                + " HAVING SUM(f.days_supply) > ?) ORDER BY s.psn_no, s.setl_id";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.windowStart(windowDays), scope.monthEndExclusive(), scope.windowStart(windowDays),
                scope.monthEndExclusive(), (int) (maxRatio * windowDays)};
    }

    @Override
    void collect(Evidence evidence, Record row) {
        double total = row.get(3, Double.class);
        BigDecimal excess = row.get(2, BigDecimal.class).multiply(BigDecimal.valueOf(total - windowDays))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        evidence.of(row.get(0, String.class)).add(row.get(1, String.class), excess, total / windowDays,
                row.get(4, String.class), row.get(5, String.class));
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric, maxRatio);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "重复开药/持药量重叠：近 %d 天同一药品（%s）持药量为天数的 %.2f 倍（阈值 %s 倍），在 %d 家机构购得，%d 笔结算，超量部分 %s 元"
                .formatted(windowDays, s.detailList(), s.maxMetric, fmt(maxRatio), s.units.size(), s.setlIds.size(),
                        s.amount().toPlainString());
    }
}
