package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE_REGION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.sql.jooq.tables.AuditCase;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads the inspectors' queue. A case is in the queue while it has findings in its month's latest audit or work on
 * it began; {@code rank} is its place in the month by priority (the default order, spec cases-YYYY-MM.csv). Every
 * read is limited in SQL to the actor's regions ({@code audit_case_region}), so a case outside them is not found.
 */
public final class CaseQueue {
    private static final AuditCase C = AUDIT_CASE.as("c");

    private CaseQueue() {
    }

    public static CasePage page(DSLContext dsl, RegionScope scope, CaseQuery q, LocalDate today) {
        Table<Record> t = ranked(q.month());
        Condition where = visible(t, scope).and(filters(t, q, today));
        long total = dsl.fetchCount(DSL.selectFrom(t).where(where));
        List<CaseRow> rows = dsl.selectFrom(t).where(where).orderBy(order(t, q.sort()))
                .limit(q.size()).offset((long) q.page() * q.size())
                .fetch(r -> row(r, t, today));
        return new CasePage(rows, total, q.page(), q.size());
    }

    /** One case within the scope, or empty (also for a case of another region). */
    public static Optional<CaseRow> find(DSLContext dsl, RegionScope scope, long caseId, LocalDate today) {
        String month = dsl.select(AUDIT_CASE.CYCLE_MONTH).from(AUDIT_CASE).where(AUDIT_CASE.ID.eq(caseId))
                .fetchOne(AUDIT_CASE.CYCLE_MONTH);
        if (month == null) {
            return Optional.empty();
        }
        Table<Record> t = ranked(month);
        return dsl.selectFrom(t).where(field(t, C.ID).eq(caseId)).and(visible(t, scope))
                .fetchOptional(r -> row(r, t, today));
    }

    /** Every case of the month in rank order, whatever the scope (the CLI's cases file). */
    public static void forEach(DSLContext dsl, String month, LocalDate today, Consumer<CaseRow> consumer) {
        Table<Record> t = ranked(month);
        try (var cursor = dsl.selectFrom(t).orderBy(rank(t)).fetchLazy()) {
            cursor.forEach(r -> consumer.accept(row(r, t, today)));
        }
    }

    /** The scope as a condition on a case id (used by other reads of case data). */
    public static Condition inScope(Field<Long> caseId, RegionScope scope) {
        if (scope.all()) {
            return DSL.trueCondition();
        }
        return DSL.exists(DSL.selectOne().from(AUDIT_CASE_REGION).where(AUDIT_CASE_REGION.CASE_ID.eq(caseId))
                .and(scope.covers(AUDIT_CASE_REGION.ADMDVS)));
    }

    private static Table<Record> ranked(String month) {
        List<Field<?>> fields = new ArrayList<>(Arrays.asList(C.fields()));
        fields.add(DSL.rowNumber().over(DSL.partitionBy(C.CYCLE_MONTH).orderBy(C.PRIORITY.desc(), C.SUBJECT_TYPE,
                C.SUBJECT_ID)).as("case_rank"));
        Condition inQueue = C.FINDING_COUNT.gt(0L).or(C.STATUS.ne(CaseStatus.NEW.name()));
        Condition ofMonth = month == null ? DSL.trueCondition() : C.CYCLE_MONTH.eq(month);
        return DSL.select(fields).from(C).where(inQueue).and(ofMonth).asTable("q");
    }

    private static Condition visible(Table<Record> t, RegionScope scope) {
        return inScope(field(t, C.ID), scope);
    }

    private static Condition filters(Table<Record> t, CaseQuery q, LocalDate today) {
        Condition c = DSL.trueCondition();
        if (q.region() != null && !q.region().isBlank()) {
            c = c.and(inScope(field(t, C.ID), RegionScope.of(q.region().trim())));
        }
        if (q.ruleId() != null && !q.ruleId().isBlank()) {
            c = c.and(DSL.inline(",").concat(field(t, C.RULE_IDS)).concat(DSL.inline(","))
                    .like("%," + q.ruleId().trim() + ",%"));
        }
        if (q.certainty() != null) {
            c = c.and(field(t, C.CERTAINTY).eq(q.certainty().name()));
        }
        if (q.status() != null) {
            c = c.and(field(t, C.STATUS).eq(q.status().name()));
        }
        if (q.subjectType() != null) {
            c = c.and(field(t, C.SUBJECT_TYPE).eq(q.subjectType().name()));
        }
        if (q.assignee() != null && !q.assignee().isBlank()) {
            c = c.and(field(t, C.ASSIGNEE).eq(q.assignee().trim()));
        }
        if (q.overdue() != null) {
            Condition late = field(t, C.STAGE_DUE).lt(today);
            c = c.and(q.overdue() ? late : late.not().or(field(t, C.STAGE_DUE).isNull()));
        }
        if (q.minAmount() != null) {
            c = c.and(field(t, C.VOLA_AMT).ge(q.minAmount()));
        }
        if (q.maxAmount() != null) {
            c = c.and(field(t, C.VOLA_AMT).le(q.maxAmount()));
        }
        return c;
    }

    private static List<OrderField<?>> order(Table<Record> t, CaseSort sort) {
        return switch (sort) {
            case PRIORITY -> List.of(rank(t), field(t, C.CYCLE_MONTH).desc());
            case AMOUNT -> List.of(field(t, C.VOLA_AMT).desc(), rank(t));
            case WAITING -> List.of(field(t, C.STAGE_SINCE).asc(), rank(t));
        };
    }

    private static Field<Long> rank(Table<Record> t) {
        return t.field("case_rank", Long.class);
    }

    private static <T> Field<T> field(Table<Record> t, Field<T> f) {
        return t.field(f.getName(), f.getType());
    }

    private static CaseRow row(Record r, Table<Record> t, LocalDate today) {
        LocalDate due = r.get(field(t, C.STAGE_DUE));
        LocalDateTime since = r.get(field(t, C.STAGE_SINCE));
        String rules = r.get(field(t, C.RULE_IDS));
        return new CaseRow(r.get(field(t, C.ID)), r.get(field(t, C.CYCLE_MONTH)), r.get("case_rank", Long.class),
                SubjectType.valueOf(r.get(field(t, C.SUBJECT_TYPE))), r.get(field(t, C.SUBJECT_ID)),
                r.get(field(t, C.PRIORITY)), Certainty.valueOf(r.get(field(t, C.CERTAINTY))),
                r.get(field(t, C.VOLA_AMT)),
                rules == null || rules.isBlank() ? List.of() : List.of(rules.split(",")),
                CaseStatus.valueOf(r.get(field(t, C.STATUS))), due, due != null && today.isAfter(due),
                r.get(field(t, C.ASSIGNEE)), since == null ? 0 : ChronoUnit.DAYS.between(since.toLocalDate(), today),
                r.get(field(t, C.VERSION)));
    }
}
