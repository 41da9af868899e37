package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.scope.AuditVisits;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import org.fundclear.audit.finding.Certainty;

/**
 * R04 住院期间门诊/药店结算: an outpatient or pharmacy settlement strictly inside an inpatient stay of the same
 * person (after the admission day, before the discharge day, so discharge-day prescriptions are not flagged).
 * The stay may have been settled in any loaded month.
 */
public final class OutpatientDuringInpatientStayRule extends SqlRule {

    @Override public String id() { return "R04"; }
    @Override public String reason() { return "住院期间门诊/药店结算"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "any"; }

    @Override
    String sql() {
        // Driven from the stays (a few percent of settlements) into audit_visit's (psn_no, setl_day) index. The
        // LEFT JOIN pins that order: H2's optimizer would otherwise scan settlement once per visit.
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", 1, i.setl_id,"
                + " CONCAT(CONCAT(" + AuditSql.day("i.begndate") + ", '~'), " + AuditSql.day("i.enddate") + ")"
                + " FROM settlement i LEFT JOIN audit_visit s ON s.psn_no = i.psn_no"
                + " AND " + SETL_DATE + " > " + AuditSql.day("i.begndate") + " AND " + SETL_DATE + " < " + AuditSql.day("i.enddate")
                + " AND s.cycle_month = ? AND " + OUTPATIENT
                + " WHERE i.med_type LIKE '2%' AND " + AuditVisits.live("i") + " AND s.setl_id IS NOT NULL"
                + " ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "住院期间门诊/药店结算：%d 笔门诊/购药结算落在住院期间（%s，住院结算 %s），医保支付 %s 元"
                .formatted(s.setlIds.size(), s.detailList(), String.join("、", s.units), s.amount().toPlainString());
    }
}
