package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;

import org.fundclear.audit.finding.Certainty;

/** R08 限性别: an item the knowledge base restricts to one sex billed for a person of the other sex. */
public final class GenderRestrictedItemRule extends SqlRule {

    @Override public String id() { return "R08"; }
    @Override public String reason() { return "限性别"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "catalog.gend_limit"; }

    @Override
    String sql() {
        String gend = "COALESCE(p.gend, s.gend)";
        return "SELECT s.psn_no, s.setl_id, f.det_item_fee_sumamt, 1, " + gend + ", n.hilist_name"
                + " FROM audit_item f JOIN catalog_item c ON c.hilist_code = f.hilist_code" + AuditSql.ITEM_VISIT
                + " LEFT JOIN person p ON p.psn_no = s.psn_no" + AuditSql.ITEM_NAME
                + " WHERE f.cycle_month = ? AND s.cycle_month = ? AND c.gend_limit IN ('1','2')"
                + " AND " + AuditSql.restricted("c.gend_limit IN ('1','2')")
                + " AND " + gend + " IN ('1','2') AND " + gend + " <> c.gend_limit "
                + " ORDER BY s.psn_no, s.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "限性别：%s 限%s使用，参保人性别为%s，%d 笔结算，金额 %s 元".formatted(s.detailList(),
                s.units.contains("1") ? "女性" : "男性", s.units.contains("1") ? "男" : "女", s.setlIds.size(),
                s.amount().toPlainString());
    }
}
