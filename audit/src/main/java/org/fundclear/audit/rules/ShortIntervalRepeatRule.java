package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
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
 * previous settlement there. Pairs across midnight are not looked at (H is far below a day).
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
        // Each settlement with every earlier one that day at the same institution, found through the (psn_no,
        // setl_day) index; the closest earlier one decides, so the flagged settlements equal those of a LAG
        // window, which H2 sorts far more slowly.
        return "SELECT s.psn_no, s.setl_id, " + PAID + ", 0, s.fixmedins_code, NULL, s.setl_time, p.setl_time,"
                + " p.setl_id, p.paid FROM audit_visit s LEFT JOIN audit_visit p ON p.psn_no = s.psn_no"
                + " AND p.setl_day = " + SETL_DATE + " AND p.fixmedins_code = s.fixmedins_code AND p.cycle_month = s.cycle_month"
                + " AND p.outpatient = '1' AND (p.setl_time < s.setl_time OR p.setl_time = s.setl_time AND p.setl_id < s.setl_id)"
                + " WHERE s.cycle_month = ? AND " + OUTPATIENT + " AND p.setl_id IS NOT NULL ORDER BY s.psn_no, s.setl_time, p.setl_time";
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
        // A settlement can pair with several earlier ones: count its amount once.
        if (!subject.setlIds.contains(row.get(8, String.class))) {
            subject.add(row.get(8, String.class), row.get(9, BigDecimal.class), -minutes, null, null);
        }
        if (!subject.setlIds.contains(row.get(1, String.class))) {
            subject.add(row.get(1, String.class), row.get(2, BigDecimal.class), -minutes, row.get(4, String.class), null);
        }
        subject.maxMetric = Math.max(subject.maxMetric, -minutes);
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
