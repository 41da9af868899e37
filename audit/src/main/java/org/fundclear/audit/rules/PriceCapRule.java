package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/** R16 超支付价格: a unit price above the catalogue's cap (限价/集采价); the amount is the excess times the quantity. */
public final class PriceCapRule extends SqlRule {

    @Override public String id() { return "R16"; }
    @Override public String reason() { return "超支付价格"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "catalog.price_cap"; }

    @Override
    String sql() {
        return "SELECT f.psn_no, f.setl_id, f.cnt, f.pric, c.price_cap, n.hilist_name"
                + " FROM audit_item f JOIN catalog_item c ON c.hilist_code = f.hilist_code" + AuditSql.ITEM_NAME
                + " WHERE f.cycle_month = ? AND c.price_cap IS NOT NULL AND f.pric > c.price_cap"
                + " AND " + AuditSql.restricted("c.price_cap IS NOT NULL") + " ORDER BY f.psn_no, f.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    void collect(Evidence evidence, Record row) {
        BigDecimal pric = row.get(3, BigDecimal.class);
        BigDecimal cap = row.get(4, BigDecimal.class);
        BigDecimal excess = pric.subtract(cap).multiply(row.get(2, BigDecimal.class)).setScale(2, RoundingMode.HALF_UP);
        evidence.of(row.get(0, String.class)).add(row.get(1, String.class), excess,
                pric.divide(cap, 4, RoundingMode.HALF_UP).doubleValue(), null,
                row.get(5, String.class) + " 单价 " + pric.stripTrailingZeros().toPlainString() + " 元，限价 "
                        + cap.stripTrailingZeros().toPlainString() + " 元");
    }

    @Override
    String explain(Evidence.Subject s) {
        return "超支付价格：%s，%d 笔结算，超限价部分 %s 元".formatted(s.detailList(), s.setlIds.size(),
                s.amount().toPlainString());
    }
}
