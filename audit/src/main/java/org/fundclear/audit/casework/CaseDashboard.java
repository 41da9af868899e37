package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_DEDUCTION;
import static org.fundclear.sql.jooq.Tables.AUDIT_VERDICT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.clearing.access.RegionScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The work at a glance, within a scope: open cases by stage and days waiting, overdue cases, each assignee's
 * caseload, and per rule or model how its closed cases were decided (the confirmed share is its precision as
 * people judged it, the openIMIS "miscategorisation" report's measure) and the money confirmed.
 */
public final class CaseDashboard {
    private CaseDashboard() {
    }

    public static Dashboard compute(DSLContext dsl, RegionScope scope, String month, LocalDate today) {
        Condition cases = CaseQueue.inScope(AUDIT_CASE.ID, scope)
                .and(month == null || month.isBlank() ? DSL.trueCondition() : AUDIT_CASE.CYCLE_MONTH.eq(month));
        Map<CaseStatus, long[]> backlog = new EnumMap<>(CaseStatus.class);
        Map<String, long[]> loads = new TreeMap<>();
        long overdue = 0;
        for (var r : dsl.select(AUDIT_CASE.STATUS, AUDIT_CASE.STAGE_SINCE, AUDIT_CASE.STAGE_DUE, AUDIT_CASE.ASSIGNEE)
                .from(AUDIT_CASE).where(cases)
                .and(AUDIT_CASE.FINDING_COUNT.gt(0L).or(AUDIT_CASE.STATUS.ne(CaseStatus.NEW.name())))
                .and(AUDIT_CASE.STATUS.notIn(CaseStatus.CONFIRMED.name(), CaseStatus.DISMISSED.name())).fetch()) {
            long age = r.value2() == null ? 0 : ChronoUnit.DAYS.between(r.value2().toLocalDate(), today);
            long[] b = backlog.computeIfAbsent(CaseStatus.valueOf(r.value1()), k -> new long[3]);
            b[age <= 5 ? 0 : age <= 20 ? 1 : 2]++;
            boolean late = r.value3() != null && today.isAfter(r.value3());
            overdue += late ? 1 : 0;
            if (r.value4() != null) {
                long[] l = loads.computeIfAbsent(r.value4(), k -> new long[2]);
                l[0]++;
                l[1] += late ? 1 : 0;
            }
        }
        List<Dashboard.StageBacklog> stages = new ArrayList<>();
        backlog.forEach((s, b) -> stages.add(new Dashboard.StageBacklog(s, b[0], b[1], b[2])));
        List<Dashboard.Caseload> caseloads = new ArrayList<>();
        loads.forEach((u, l) -> caseloads.add(new Dashboard.Caseload(u, l[0], l[1])));
        return new Dashboard(stages, overdue, caseloads, precision(dsl, cases));
    }

    /** The standing decision of each closed case (its latest verdict), counted for every rule and model behind it. */
    private static List<Dashboard.RulePrecision> precision(DSLContext dsl, Condition cases) {
        var latest = DSL.select(DSL.max(AUDIT_VERDICT.ID)).from(AUDIT_VERDICT).join(AUDIT_CASE)
                .on(AUDIT_CASE.ID.eq(AUDIT_VERDICT.CASE_ID)).where(cases)
                .and(AUDIT_CASE.STATUS.in(CaseStatus.CONFIRMED.name(), CaseStatus.DISMISSED.name()))
                .groupBy(AUDIT_VERDICT.CASE_ID);
        var amount = DSL.select(DSL.coalesce(DSL.sum(AUDIT_DEDUCTION.AMOUNT), BigDecimal.ZERO)).from(AUDIT_DEDUCTION)
                .where(AUDIT_DEDUCTION.VERDICT_ID.eq(AUDIT_VERDICT.ID)).asField("amount");
        Map<String, Object[]> byRule = new TreeMap<>();
        for (var v : dsl.select(AUDIT_VERDICT.RULE_IDS, AUDIT_VERDICT.VERDICT, amount).from(AUDIT_VERDICT)
                .where(AUDIT_VERDICT.ID.in(latest)).fetch()) {
            boolean confirmed = CaseStatus.CONFIRMED.name().equals(v.value2());
            for (String rule : v.value1().split(",")) {
                if (rule.isBlank()) {
                    continue;
                }
                Object[] acc = byRule.computeIfAbsent(rule, k -> new Object[] {0L, 0L, BigDecimal.ZERO});
                acc[0] = (long) acc[0] + 1;
                acc[1] = (long) acc[1] + (confirmed ? 1 : 0);
                acc[2] = ((BigDecimal) acc[2]).add(confirmed ? (BigDecimal) v.value3() : BigDecimal.ZERO);
            }
        }
        List<Dashboard.RulePrecision> out = new ArrayList<>();
        byRule.forEach((rule, a) -> out.add(new Dashboard.RulePrecision(rule, (long) a[0], (long) a[1], (BigDecimal) a[2])));
        return out;
    }
}
