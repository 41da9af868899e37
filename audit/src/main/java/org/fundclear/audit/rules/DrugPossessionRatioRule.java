package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;
import static org.fundclear.audit.rules.AuditSql.LIVE;
import static org.fundclear.audit.rules.AuditSql.SETTLEMENT_OUTPATIENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Cursor;
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

    /** The window's outpatient settlements that no reversal took back: the settlements {@link #gather} joins. */
    @Override
    String sql() {
        return "SELECT s.setl_id, s.psn_no, s.fixmedins_code FROM settlement s WHERE s.setl_time >= ?"
                + " AND s.setl_time < ? AND " + SETTLEMENT_OUTPATIENT + " AND " + LIVE;
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.windowStart(windowDays), scope.monthEndExclusive()};
    }

    private record Visit(String psnNo, String institution) {
    }

    /**
     * The window's settlements held by id, then two streamed passes over the drug lines: the first sums each
     * person's days of each drug, the second keeps the lines of the sums over the limit. A hash join and sums
     * kept here rather than a join and GROUP BY in SQL: H2 joins by one index lookup per fee line and groups
     * through a sorted map, which together cost several times these scans on a month of a million settlements.
     */
    @Override
    void gather(AuditScope scope, Evidence evidence) {
        Map<String, Visit> window = new HashMap<>();
        try (Cursor<Record> settlements = scope.dsl().resultQuery(sql(), binds(scope)).fetchSize(10_000).fetchLazy()) {
            for (Record r : settlements) {
                window.put(r.get(0, String.class), new Visit(r.get(1, String.class), r.get(2, String.class)));
            }
        }
        Map<String, Long> days = new HashMap<>();
        try (Cursor<Record> lines = scope.dsl().resultQuery("SELECT f.setl_id, f.hilist_code, f.days_supply"
                + " FROM fee_line f WHERE f.days_supply > 0").fetchSize(10_000).fetchLazy()) {
            for (Record r : lines) {
                Visit visit = window.get(r.get(0, String.class));
                if (visit != null) {
                    days.merge(visit.psnNo() + "|" + r.get(1, String.class), r.get(2, Long.class), Long::sum);
                }
            }
        }
        long limit = (long) (maxRatio * windowDays);
        days.values().removeIf(total -> total <= limit);
        if (days.isEmpty()) {
            return;
        }
        record Over(String psnNo, String setlId, String drug, BigDecimal amount, String institution, String name) {
        }
        List<Over> over = new ArrayList<>();
        try (Cursor<Record> lines = scope.dsl().resultQuery("SELECT f.setl_id, f.hilist_code, f.det_item_fee_sumamt,"
                + " f.hilist_name FROM fee_line f WHERE f.days_supply > 0").fetchSize(10_000).fetchLazy()) {
            for (Record r : lines) {
                Visit visit = window.get(r.get(0, String.class));
                if (visit != null && days.containsKey(visit.psnNo() + "|" + r.get(1, String.class))) {
                    over.add(new Over(visit.psnNo(), r.get(0, String.class), r.get(1, String.class),
                            r.get(2, BigDecimal.class), visit.institution(), r.get(3, String.class)));
                }
            }
        }
        over.sort(Comparator.comparing(Over::psnNo).thenComparing(Over::setlId));
        for (Over line : over) {
            double total = days.get(line.psnNo() + "|" + line.drug());
            BigDecimal excess = line.amount().multiply(BigDecimal.valueOf(total - windowDays))
                    .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
            evidence.of(line.psnNo()).add(line.setlId(), excess, total / windowDays, line.institution(), line.name());
        }
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
