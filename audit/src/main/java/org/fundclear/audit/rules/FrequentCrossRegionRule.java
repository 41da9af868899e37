package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.CHRONIC;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;

import java.math.BigDecimal;
import org.fundclear.audit.finding.Certainty;

/**
 * R26 频繁异地就医: at least N cross-province outpatient/pharmacy settlements in the month (chronic-disease
 * outpatient excluded) paying at least the configured amount.
 */
public final class FrequentCrossRegionRule extends SqlRule {
    private final int minVisits;
    private final BigDecimal minAmount;

    public FrequentCrossRegionRule(int minVisits, BigDecimal minAmount) {
        this.minVisits = minVisits;
        this.minAmount = minAmount;
    }

    public FrequentCrossRegionRule() {
        this(5, new BigDecimal("3000.00"));
    }

    @Override public String id() { return "R26"; }
    @Override public String reason() { return "频繁异地就医"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "min_visits=" + minVisits + ",min_amount=" + minAmount; }

    @Override
    String sql() {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT + " AND NOT " + CHRONIC
                + " AND SUBSTR(s.insu_admdvs, 1, 2) <> SUBSTR(s.mdtrtarea_admdvs, 1, 2)";
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", COUNT(*) OVER (PARTITION BY s.psn_no), s.mdtrtarea_admdvs, NULL"
                + " FROM audit_visit s" + where + " AND s.psn_no IN (SELECT s.psn_no FROM audit_visit s" + where
                + " GROUP BY s.psn_no HAVING COUNT(*) >= ? AND SUM(" + PAID + ") >= ?) ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString(), minVisits, minAmount};
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.amount().doubleValue(), minAmount.doubleValue());
    }

    @Override
    String explain(Evidence.Subject s) {
        return "频繁异地就医：本月跨省门诊/购药 %s 次（阈值 %d 次），医保支付 %s 元（阈值 %s 元），涉及 %d 个就医地"
                .formatted(fmt(s.maxMetric), minVisits, s.amount().toPlainString(), minAmount.toPlainString(),
                        s.units.size());
    }
}
