package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.CHRONIC;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;

import org.fundclear.audit.finding.Certainty;

/**
 * R02 月门诊频次超阈值: more than N outpatient/pharmacy settlements in the month. Chronic-disease outpatient
 * (med_type 14, e.g. dialysis three times a week) is scheduled care and not counted.
 */
public final class MonthlyVisitFrequencyRule extends SqlRule {
    private final int maxVisits;

    public MonthlyVisitFrequencyRule(int maxVisits) {
        this.maxVisits = maxVisits;
    }

    public MonthlyVisitFrequencyRule() {
        this(15);
    }

    @Override public String id() { return "R02"; }
    @Override public String reason() { return "月门诊频次超阈值"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "max_visits=" + maxVisits; }

    @Override
    String sql() {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT + " AND NOT " + CHRONIC;
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", COUNT(*) OVER (PARTITION BY s.psn_no), NULL, NULL"
                + " FROM audit_visit s" + where + " AND s.psn_no IN (SELECT s.psn_no FROM audit_visit s" + where
                + " GROUP BY s.psn_no HAVING COUNT(*) > ?) ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString(), maxVisits};
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric, maxVisits);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "月门诊频次超阈值：本月门诊/购药 %s 次（不含门诊慢特病），阈值 %d 次，医保支付 %s 元"
                .formatted(fmt(s.maxMetric), maxVisits, s.amount().toPlainString());
    }
}
