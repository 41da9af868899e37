package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.scope.DrugSupply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.sql.LargeResults;

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
    public String group() {
        return DrugSupply.GROUP;
    }

    /**
     * The drug lines of the months that can hold the window's (fee_line has no time of its own to filter on);
     * {@link #gather} keeps those of the window's settlements whose person and drug are over the limit.
     */
    @Override
    String sql() {
        return "SELECT f.setl_id, f.hilist_code, f.det_item_fee_sumamt, f.hilist_name FROM fee_line f"
                + " WHERE f.days_supply > 0 AND f.cycle_month >= ?";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.firstFeeCycleMonth(windowDays)};
    }

    /**
     * The persons' days per drug come from the scope's {@link DrugSupply} (shared with the pharmacy detector and
     * the rings). The window's settlements of the persons over the limit are read again, few of them, and one more
     * streamed pass over the drug lines keeps those of their sums over the limit.
     */
    @Override
    void gather(AuditScope scope, Evidence evidence) {
        DrugSupply supply = scope.drugSupply(windowDays);
        long limit = (long) (maxRatio * windowDays);
        Set<String> persons = supply.personsAbove(limit);
        if (persons.isEmpty()) {
            return;
        }
        Map<String, DrugSupply.Visit> settlements = new HashMap<>();
        DrugSupply.forEachSettlement(scope, windowDays, (setlId, visit) -> {
            if (persons.contains(visit.psnNo())) {
                settlements.put(setlId, visit);
            }
        });
        record Over(String psnNo, String setlId, long total, BigDecimal amount, String institution, String name) {
        }
        List<Over> over = new ArrayList<>();
        LargeResults.forEach(scope.dsl(), sql(), binds(scope), r -> {
            DrugSupply.Visit visit = settlements.get(r.get(0, String.class));
            long total = visit == null ? 0 : supply.days(visit.psnNo(), r.get(1, String.class));
            if (total > limit) {
                over.add(new Over(visit.psnNo(), r.get(0, String.class), total, r.get(2, BigDecimal.class),
                        visit.institution(), r.get(3, String.class)));
            }
        });
        over.sort(Comparator.comparing(Over::psnNo).thenComparing(Over::setlId));
        for (Over line : over) {
            BigDecimal excess = line.amount().multiply(BigDecimal.valueOf(line.total() - windowDays))
                    .divide(BigDecimal.valueOf(line.total()), 2, RoundingMode.HALF_UP);
            evidence.of(line.psnNo()).add(line.setlId(), excess, (double) line.total() / windowDays,
                    line.institution(), line.name());
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
