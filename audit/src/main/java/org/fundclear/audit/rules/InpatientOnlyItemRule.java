package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;

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
        return "SELECT f.psn_no, f.setl_id, f.det_item_fee_sumamt, 1, f.med_type, n.hilist_name"
                + " FROM audit_item f JOIN catalog_item c ON c.hilist_code = f.hilist_code" + AuditSql.ITEM_NAME
                + " WHERE f.cycle_month = ? AND c.outpatient_allowed = '0'"
                + " AND " + AuditSql.restricted("c.outpatient_allowed = '0'")
                + " AND " + AuditSql.ITEM_OUTPATIENT + " ORDER BY f.psn_no, f.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "限就医方式：仅限住院支付的项目（%s）在门诊/药店结算（就医类型 %s），%d 笔，金额 %s 元".formatted(
                s.detailList(), String.join("、", s.units), s.setlIds.size(), s.amount().toPlainString());
    }
}
