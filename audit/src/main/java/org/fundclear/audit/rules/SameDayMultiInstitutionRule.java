package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import org.fundclear.audit.finding.Certainty;

/** R01 同日多机构就诊: one person settles at N or more institutions on the same day. */
public final class SameDayMultiInstitutionRule extends SqlRule {
    private final int minInstitutions;

    public SameDayMultiInstitutionRule(int minInstitutions) {
        this.minInstitutions = minInstitutions;
    }

    public SameDayMultiInstitutionRule() {
        this(3);
    }

    @Override public String id() { return "R01"; }
    @Override public String reason() { return "同日多机构就诊"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "min_institutions=" + minInstitutions; }

    @Override
    String sql() {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        // The day's institutions are counted by the highest dense rank (COUNT(DISTINCT) OVER is not portable).
        return "SELECT psn_no, setl_id, amt, MAX(r) OVER (PARTITION BY psn_no, setl_date), setl_date, NULL"
                + " FROM (SELECT s.psn_no, s.setl_id, " + PAID + " AS amt, s.setl_time, " + SETL_DATE + " AS setl_date,"
                + " DENSE_RANK() OVER (PARTITION BY s.psn_no, " + SETL_DATE + " ORDER BY s.fixmedins_code) AS r"
                + " FROM audit_visit s" + where + " AND (s.psn_no, " + SETL_DATE + ") IN (SELECT s.psn_no, " + SETL_DATE
                + " FROM audit_visit s" + where + " GROUP BY s.psn_no, " + SETL_DATE
                + " HAVING COUNT(DISTINCT s.fixmedins_code) >= ?)) w ORDER BY psn_no, setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString(), minInstitutions};
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric + s.units.size() - 1, minInstitutions);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "同日多机构就诊：本月 %d 天在不少于 %d 家机构结算（单日最多 %s 家，阈值 %d 家），共 %d 笔，医保支付 %s 元"
                .formatted(s.units.size(), minInstitutions, fmt(s.maxMetric), minInstitutions, s.setlIds.size(),
                        s.amount().toPlainString());
    }
}
