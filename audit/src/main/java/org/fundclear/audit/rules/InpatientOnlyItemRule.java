package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;

import org.fundclear.audit.finding.Certainty;

/** R10 限就医方式: an item the catalogue pays only for inpatients (outpatient_allowed = 0) billed in outpatient care. */
public final class InpatientOnlyItemRule extends SqlRule {

    @Override public String id() { return "R10"; }
    @Override public String reason() { return "限就医方式"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "catalog.outpatient_allowed"; }

    @Override
    String sql() {
        return "SELECT s.psn_no, s.setl_id, f.det_item_fee_sumamt, 1, s.med_type, f.hilist_name"
                + " FROM fee_line f JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id"
                + " JOIN catalog_item c ON c.hilist_code = f.hilist_code"
                + " WHERE f.cycle_month = ? AND s.cycle_month = ? AND c.outpatient_allowed = '0'"
                + " AND " + AuditSql.restricted("c.outpatient_allowed = '0'")
                + " AND " + OUTPATIENT + " ORDER BY s.psn_no, s.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "限就医方式：仅限住院支付的项目（%s）在门诊/药店结算（就医类型 %s），%d 笔，金额 %s 元".formatted(
                s.detailList(), String.join("、", s.units), s.setlIds.size(), s.amount().toPlainString());
    }
}
