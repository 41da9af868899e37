package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import org.fundclear.audit.finding.Certainty;

/**
 * R27 备案不符: an outpatient/pharmacy settlement outside the insured region with no filing valid on its date for
 * its treatment region (or that region's province). Emergencies (med_type 13) need no prior filing.
 */
public final class FilingMismatchRule extends SqlRule {

    @Override public String id() { return "R27"; }
    @Override public String reason() { return "备案不符"; }
    @Override public DataLevel level() { return DataLevel.S_X; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "any"; }

    @Override
    String sql() {
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", 1, s.mdtrtarea_admdvs, NULL FROM audit_visit s"
                + " WHERE s.cycle_month = ? AND " + OUTPATIENT + " AND s.med_type <> '13' "
                + " AND " + PAID + " > 0 AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.psn_no = s.psn_no"
                + " AND " + AuditSql.day("f.begndate") + " <= " + SETL_DATE + " AND (f.enddate IS NULL OR " + AuditSql.day("f.enddate") + " >= " + SETL_DATE + ")"
                + " AND (f.dest_admdvs = s.mdtrtarea_admdvs"
                + " OR f.dest_admdvs = CONCAT(SUBSTR(s.mdtrtarea_admdvs, 1, 2), '0000')))"
                + " ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    double score(Evidence.Subject s) {
        return 0.3;
    }

    @Override
    String explain(Evidence.Subject s) {
        return "备案不符：%d 笔异地结算在结算日没有有效备案（就医地 %s），医保支付 %s 元"
                .formatted(s.setlIds.size(), String.join("、", s.units), s.amount().toPlainString());
    }
}
