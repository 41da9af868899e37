package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import org.fundclear.audit.finding.Certainty;

/** R05 死亡后就医: any settlement (all med_types) dated after the person's registered death date. */
public final class SettlementAfterDeathRule extends SqlRule {

    @Override public String id() { return "R05"; }
    @Override public String reason() { return "死亡后就医"; }
    @Override public DataLevel level() { return DataLevel.S_X; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }
    @Override public String thresholds() { return "any"; }

    @Override
    String sql() {
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", 1, " + AuditSql.day("p.death_date") + ", NULL"
                + " FROM audit_visit s JOIN person p ON p.psn_no = s.psn_no"
                // the dead are few: a hashed IN spares the person lookup for everyone else's visits
                + " WHERE s.cycle_month = ? AND s.psn_no IN (SELECT d.psn_no FROM person d WHERE d.death_date IS NOT NULL)"
                + " AND " + AuditSql.day("p.death_date") + " < " + SETL_DATE
                + " ORDER BY s.psn_no, s.setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "死亡后就医：登记死亡日期 %s 之后发生 %d 笔结算，医保支付 %s 元"
                .formatted(String.join("、", s.units), s.setlIds.size(), s.amount().toPlainString());
    }
}
