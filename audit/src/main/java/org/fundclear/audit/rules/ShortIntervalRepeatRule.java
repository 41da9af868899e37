package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import org.fundclear.audit.finding.Certainty;
import org.jooq.Record;

/**
 * R03 短间隔重复就诊/购药: the same person settles again at the same institution less than H hours after the
 * previous settlement there. The window function pairs each settlement with the previous one; pairs across
 * midnight are not looked at (H is far below a day).
 */
public final class ShortIntervalRepeatRule extends SqlRule {
    private final int maxHours;

    public ShortIntervalRepeatRule(int maxHours) {
        this.maxHours = maxHours;
    }

    public ShortIntervalRepeatRule() {
        this(4);
    }

    @Override public String id() { return "R03"; }
    @Override public String reason() { return "短间隔重复就诊/购药"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "max_hours=" + maxHours; }

    @Override
    String sql() {
        return "SELECT psn_no, setl_id, amt, 0, fixmedins_code, NULL, setl_time, prev_time, prev_setl_id, prev_amt"
                + " FROM (SELECT s.psn_no, s.setl_id, " + PAID + " AS amt, s.fixmedins_code, s.setl_time, "
                + SETL_DATE + " AS setl_date,"
                + " LAG(s.setl_time) OVER (PARTITION BY s.psn_no, s.fixmedins_code ORDER BY s.setl_time, s.setl_id) AS prev_time,"
                + " LAG(s.setl_id) OVER (PARTITION BY s.psn_no, s.fixmedins_code ORDER BY s.setl_time, s.setl_id) AS prev_setl_id,"
                + " LAG(" + PAID + ") OVER (PARTITION BY s.psn_no, s.fixmedins_code ORDER BY s.setl_time, s.setl_id) AS prev_amt"
                + " FROM audit_visit s WHERE s.cycle_month = ? AND " + OUTPATIENT + ") w"
                + " WHERE prev_time IS NOT NULL AND TO_CHAR(prev_time, 'YYYY-MM-DD') = setl_date ORDER BY psn_no, setl_time";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString()};
    }

    @Override
    boolean keep(Record row) {
        return minutesBetween(row) < maxHours * 60L;
    }

    @Override
    void collect(Evidence evidence, Record row) {
        double minutes = minutesBetween(row);
        Evidence.Subject subject = evidence.of(row.get(0, String.class));
        if (!subject.setlIds.contains(row.get(8, String.class))) {
            subject.add(row.get(8, String.class), row.get(9, BigDecimal.class), -minutes, null, null);
        }
        subject.add(row.get(1, String.class), row.get(2, BigDecimal.class), -minutes, row.get(4, String.class), null);
    }

    private static long minutesBetween(Record row) {
        return Duration.between(row.get(7, Timestamp.class).toLocalDateTime(),
                row.get(6, Timestamp.class).toLocalDateTime()).toMinutes();
    }

    @Override
    double score(Evidence.Subject s) {
        return beyond(s.setlIds.size(), 2);
    }

    @Override
    String explain(Evidence.Subject s) {
        return "短间隔重复就诊/购药：同一机构 %d 笔结算间隔不足 %d 小时（最短 %s 分钟），涉及 %d 家机构，医保支付 %s 元"
                .formatted(s.setlIds.size(), maxHours, fmt(-s.maxMetric), s.units.size(), s.amount().toPlainString());
    }
}
