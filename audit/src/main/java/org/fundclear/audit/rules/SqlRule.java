package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.sql.LargeResults;
import org.jooq.Record;

/**
 * A person-level rule whose work is one set-based query returning evidence rows whose first six columns are {@code subject_id,
 * setl_id, amt, metric, unit, detail} (read by position: H2 and PostgreSQL fold labels differently); the rows are grouped by subject in Java and worded by {@link #explain}.
 */
abstract class SqlRule implements AuditRule {

    /** The evidence query; binds come from {@link #binds}. */
    abstract String sql();

    abstract Object[] binds(AuditScope scope);

    abstract String explain(Evidence.Subject subject);

    /** A row the SQL could not judge alone (ages, hour gaps) is checked here. */
    boolean keep(Record row) {
        return true;
    }

    /** Adds one evidence row to its subject. */
    void collect(Evidence evidence, Record row) {
        Object unit = row.get(4);
        Object detail = row.get(5);
        evidence.of(row.get(0, String.class)).add(row.get(1, String.class), row.get(2, BigDecimal.class),
                row.get(3, Double.class), unit == null ? null : unit.toString(),
                detail == null ? null : detail.toString());
    }

    /** Fills {@code evidence} with the rows of {@link #sql} that {@link #keep} accepts, in the query's order. */
    void gather(AuditScope scope, Evidence evidence) {
        LargeResults.forEach(scope.dsl(), sql(), binds(scope), row -> {
            if (keep(row)) {
                collect(evidence, row);
            }
        });
    }

    /** 1 for a hard violation; otherwise how far beyond the threshold the worst metric lies, in (0.5, 1). */
    double score(Evidence.Subject subject) {
        return 1.0;
    }

    @Override
    public List<Finding> evaluate(AuditScope scope) {
        Evidence evidence = new Evidence();
        gather(readsMonthSnapshot() ? scope.prepare() : scope.prepareLookBack(), evidence);
        List<Finding> findings = new ArrayList<>();
        for (Evidence.Subject subject : evidence.subjects()) {
            findings.add(new Finding(SubjectType.PERSON, subject.id, id(), certainty(), score(subject),
                    subject.amount(), subject.setlIds(), subject.setlIds.size(), explain(subject)));
        }
        return findings;
    }

    /** Score of a statistical rule: 0.5 at the threshold, approaching 1 far beyond it. */
    static double beyond(double metric, double threshold) {
        return metric <= threshold ? 0.5 : 1.0 - 0.5 * threshold / metric;
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }
}
