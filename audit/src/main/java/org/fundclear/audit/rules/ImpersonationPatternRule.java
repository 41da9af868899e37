package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;
import static org.fundclear.audit.rules.AuditSql.PAID;
import static org.fundclear.audit.rules.AuditSql.SETL_DATE;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.jooq.Record;

/**
 * R22 冒名就医 pattern: on one day the card settles in two different cities (one person cannot be in both), or at
 * N or more institutions within M minutes (敛卡套刷: cards collected and swiped in a row).
 */
public final class ImpersonationPatternRule implements AuditRule {
    private final int minInstitutions;
    private final int withinMinutes;

    public ImpersonationPatternRule(int minInstitutions, int withinMinutes) {
        this.minInstitutions = minInstitutions;
        this.withinMinutes = withinMinutes;
    }

    public ImpersonationPatternRule() {
        this(3, 30);
    }

    @Override public String id() { return "R22"; }
    @Override public String reason() { return "冒名就医"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "min_institutions=" + minInstitutions + ",within_minutes=" + withinMinutes; }

    private record Visit(String setlId, BigDecimal amount, LocalDateTime time, String institution, String city) {
    }

    @Override
    public List<Finding> evaluate(AuditScope scope) {
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        Map<String, List<Visit>> days = new LinkedHashMap<>();
        for (Record row : scope.prepare().dsl().resultQuery("SELECT s.psn_no, " + SETL_DATE + ", s.setl_id, " + PAID
                + ", s.setl_time, s.fixmedins_code, s.mdtrtarea_admdvs FROM audit_visit s"
                + " JOIN (SELECT s.psn_no AS p, " + SETL_DATE + " AS d FROM audit_visit s" + where
                + " GROUP BY s.psn_no, " + SETL_DATE + " HAVING COUNT(DISTINCT s.fixmedins_code) >= 2) m"
                + " ON m.p = s.psn_no AND m.d = " + SETL_DATE + where + " ORDER BY s.psn_no, s.setl_time",
                scope.month().toString(), scope.month().toString()).fetch()) {
            days.computeIfAbsent(row.get(0, String.class) + "|" + row.get(1), k -> new ArrayList<>())
                    .add(new Visit(row.get(2, String.class), row.get(3, BigDecimal.class),
                            row.get(4, Timestamp.class).toLocalDateTime(), row.get(5, String.class),
                            row.get(6, String.class)));
        }
        Evidence evidence = new Evidence();
        for (Map.Entry<String, List<Visit>> day : days.entrySet()) {
            List<Visit> visits = day.getValue();
            Set<String> cities = new HashSet<>();
            visits.forEach(v -> cities.add(v.city()));
            int burst = largestBurst(visits);
            if (cities.size() >= 2 || burst >= minInstitutions) {
                Evidence.Subject subject = evidence.of(day.getKey().substring(0, day.getKey().indexOf('|')));
                String kind = cities.size() >= 2 ? "同日在 " + cities.size() + " 个城市结算"
                        : withinMinutes + " 分钟内在 " + burst + " 家机构结算";
                visits.forEach(v -> subject.add(v.setlId(), v.amount(), Math.max(cities.size(), burst),
                        day.getKey().substring(day.getKey().indexOf('|') + 1), kind));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence.Subject s : evidence.subjects()) {
            String text = "冒名就医疑点：%d 天出现异常刷卡（%s；阈值：同日跨城市，或 %d 分钟内不少于 %d 家机构），%d 笔结算，医保支付 %s 元"
                    .formatted(s.units.size(), s.detailList(), withinMinutes, minInstitutions, s.setlIds.size(),
                            s.amount().toPlainString());
            findings.add(new Finding(SubjectType.PERSON, s.id, id(), certainty(), SqlRule.beyond(s.maxMetric + 1, 2),
                    s.amount(), s.setlIds(), s.setlIds.size(), text));
        }
        return findings;
    }

    /** Most distinct institutions among visits that fit in one window of {@code withinMinutes}. */
    private int largestBurst(List<Visit> visits) {
        int best = 0;
        for (int i = 0; i < visits.size(); i++) {
            Set<String> institutions = new HashSet<>();
            for (int j = i; j < visits.size()
                    && Duration.between(visits.get(i).time(), visits.get(j).time()).toMinutes() <= withinMinutes; j++) {
                institutions.add(visits.get(j).institution());
            }
            best = Math.max(best, institutions.size());
        }
        return best;
    }
}
