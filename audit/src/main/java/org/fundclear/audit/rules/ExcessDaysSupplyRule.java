package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.ITEM_NAME;
import static org.fundclear.audit.rules.AuditSql.ITEM_OUTPATIENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/**
 * R06 超量开药: a drug line supplies more days than 处方管理办法 第19条 allows: 7 days for general outpatient,
 * 3 for emergency, 84 (12-week long prescription) for chronic outpatient and pharmacies. The amount at risk
 * is the line's share beyond the limit.
 */
public final class ExcessDaysSupplyRule extends SqlRule {
    private final int generalDays;
    private final int emergencyDays;
    private final int longPrescriptionDays;

    public ExcessDaysSupplyRule(int generalDays, int emergencyDays, int longPrescriptionDays) {
        this.generalDays = generalDays;
        this.emergencyDays = emergencyDays;
        this.longPrescriptionDays = longPrescriptionDays;
    }

    public ExcessDaysSupplyRule() {
        this(7, 3, 84);
    }

    @Override public String id() { return "R06"; }
    @Override public String reason() { return "超量开药"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }

    @Override
    public String thresholds() {
        return "general_days=" + generalDays + ",emergency_days=" + emergencyDays + ",long_days=" + longPrescriptionDays;
    }

    @Override
    String sql() {
        String limit = "CASE WHEN f.med_type = '13' THEN ? WHEN f.med_type IN ('11','12','16') THEN ? ELSE ? END";
        return "SELECT f.psn_no, f.setl_id, f.det_item_fee_sumamt, f.days_supply, NULL, n.hilist_name, " + limit
                + " FROM audit_item f" + ITEM_NAME + " WHERE f.cycle_month = ? AND f.days_supply > " + limit
                + " AND " + ITEM_OUTPATIENT + " ORDER BY f.psn_no, f.setl_id, f.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        String month = scope.month().toString();
        return new Object[] {emergencyDays, generalDays, longPrescriptionDays, month,
                emergencyDays, generalDays, longPrescriptionDays};
    }

    @Override
    void collect(Evidence evidence, Record row) {
        double days = row.get(3, Double.class);
        int limit = row.get(6, Integer.class);
        BigDecimal excess = row.get(2, BigDecimal.class).multiply(BigDecimal.valueOf(days - limit))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        evidence.of(row.get(0, String.class)).add(row.get(1, String.class), excess, days / limit, null,
                row.get(5, String.class));
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.maxMetric, 1);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "超量开药：%d 笔结算的药品带量超过处方限量（普通门诊 %d 天、急诊 %d 天、长处方 %d 天），最高为限量的 %s 倍（%s），超量部分 %s 元"
                .formatted(s.setlIds.size(), generalDays, emergencyDays, longPrescriptionDays, fmt(s.maxMetric),
                        s.detailList(), s.amount().toPlainString());
    }
}
