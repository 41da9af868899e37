package org.fundclear.audit.finding;

import static org.fundclear.sql.jooq.Sequences.AUDIT_FINDING_SEQ;
import static org.fundclear.sql.jooq.Sequences.AUDIT_RUN_SEQ;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.AUDIT_RULE_SET;
import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.jooq.tables.records.AuditFindingRecord;
import org.fundclear.sql.jooq.tables.records.AuditRunRecord;
import org.jooq.DSLContext;

/** Stores an audit run: its findings replace those of earlier runs of the same month. */
public final class FindingRepository {
    private final Clock clock;

    public FindingRepository(Clock clock) {
        this.clock = clock;
    }

    public long startRun(DSLContext dsl, CycleMonth month, String ruleSetVersion, String ruleSetDefinition) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!dsl.fetchExists(AUDIT_RULE_SET, AUDIT_RULE_SET.VERSION.eq(ruleSetVersion))) {
            dsl.insertInto(AUDIT_RULE_SET).set(AUDIT_RULE_SET.VERSION, ruleSetVersion)
                    .set(AUDIT_RULE_SET.DEFINITION, ruleSetDefinition).set(AUDIT_RULE_SET.CREATED_AT, now).execute();
        }
        AuditRunRecord run = dsl.newRecord(AUDIT_RUN);
        run.setId(dsl.nextval(AUDIT_RUN_SEQ));
        run.setCycleMonth(month.toString());
        run.setRuleSetVersion(ruleSetVersion);
        run.setStartedAt(now);
        run.insert();
        return run.getId();
    }

    /**
     * Replaces the month's findings with these, inside the caller's transaction (the cases are merged, not
     * replaced, by the case register in the same transaction).
     */
    public void store(DSLContext t, long runId, CycleMonth month, String ruleSetVersion, List<Finding> findings,
                      int caseCount) {
        LocalDateTime now = LocalDateTime.now(clock);
        t.deleteFrom(AUDIT_FINDING).where(AUDIT_FINDING.CYCLE_MONTH.eq(month.toString())).execute();
        List<Long> findingIds = findings.isEmpty() ? List.of() : t.nextvals(AUDIT_FINDING_SEQ, findings.size());
        List<AuditFindingRecord> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            AuditFindingRecord r = t.newRecord(AUDIT_FINDING);
            r.setId(findingIds.get(i));
            r.setRunId(runId);
            r.setCycleMonth(month.toString());
            r.setSubjectType(f.subjectType().name());
            r.setSubjectId(f.subjectId());
            r.setRuleId(f.ruleId());
            r.setCertainty(f.certainty().name());
            r.setScore(BigDecimal.valueOf(f.score()).setScale(4, RoundingMode.HALF_UP));
            r.setVolaAmt(f.volaAmt());
            r.setSetlIds(String.join(";", f.setlIds()));
            r.setEvidenceCount((long) f.evidenceCount());
            r.setExplanation(f.explanation().length() > 2000 ? f.explanation().substring(0, 2000) : f.explanation());
            r.setRuleSetVersion(ruleSetVersion);
            r.setCreatedAt(now);
            rows.add(r);
        }
        BatchInsert.insert(t, AUDIT_FINDING, rows);
        t.update(AUDIT_RUN).set(AUDIT_RUN.FINISHED_AT, now).set(AUDIT_RUN.FINDING_COUNT, (long) findings.size())
                .set(AUDIT_RUN.CASE_COUNT, (long) caseCount).where(AUDIT_RUN.ID.eq(runId)).execute();
    }

    /** Stamps who started a run: the engine knows no users, the application service that launched it does. */
    public void recordStarter(DSLContext dsl, long runId, String user) {
        dsl.update(AUDIT_RUN).set(AUDIT_RUN.STARTED_BY, user).where(AUDIT_RUN.ID.eq(runId)).execute();
    }
}
