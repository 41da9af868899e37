package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import org.fundclear.audit.finding.Certainty;

/**
 * R17 分解处方/分解收费: one person settles N or more times at the same institution on the same day (one visit
 * split into several settlements, each under a limit). The person is the subject; the institution is named.
 */
public final class SplitSettlementRule extends SqlRule {
    private final int minSettlements;

    public SplitSettlementRule(int minSettlements) {
        this.minSettlements = minSettlements;
    }

    public SplitSettlementRule() {
        this(2);
    }

    @Override public String id() { return "R17"; }
    @Override public String reason() { return "分解处方/分解收费"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "min_settlements=" + minSettlements; }

    @Override
    String sql() {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        return "WITH d AS (SELECT s.psn_no, s.fixmedins_code, " + SETL_DATE + " AS setl_date, COUNT(*) AS n"
                + " FROM audit_visit s" + where + " GROUP BY s.psn_no, s.fixmedins_code, " + SETL_DATE
                + " HAVING COUNT(*) >= ?)"
                + " SELECT s.psn_no, s.setl_id, " + PAID + ", d.n, d.setl_date, s.fixmedins_code FROM audit_visit s"
                + " JOIN d ON d.psn_no = s.psn_no AND d.fixmedins_code = s.fixmedins_code AND d.setl_date = " + SETL_DATE
                + where + " ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), minSettlements, scope.month().toString()};
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric + s.units.size() - 1, minSettlements + 1);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "分解处方/分解收费：%d 天在同一机构（%s）同日结算不少于 %d 笔（单日最多 %s 笔），医保支付 %s 元"
                .formatted(s.units.size(), s.detailList(), minSettlements, fmt(s.maxMetric), s.amount().toPlainString());
    }
}
