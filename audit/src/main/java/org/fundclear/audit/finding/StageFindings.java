package org.fundclear.audit.finding;

import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;
import static org.fundclear.sql.jooq.Tables.AUDIT_STAGE;
import static org.fundclear.sql.jooq.Tables.AUDIT_STAGE_FINDING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.jooq.tables.records.AuditStageFindingRecord;
import org.jooq.DSLContext;

/**
 * The findings of a partitioned audit's stages between the partition that found them and the step that stores the
 * run ({@code audit_stage}, {@code audit_stage_finding}): kept exactly (the score as a double, the amount to the fen),
 * so the run's findings and cases are those of a run in one process.
 */
public final class StageFindings {
    private static final int EXPLANATION = 2000;

    private StageFindings() {
    }

    /** Replaces what the stage stored for the run before (a partition run again), in the caller's transaction. */
    public static void replace(DSLContext t, long runId, String stageId, List<Finding> findings, long millis) {
        t.deleteFrom(AUDIT_STAGE_FINDING).where(AUDIT_STAGE_FINDING.RUN_ID.eq(runId), AUDIT_STAGE_FINDING.STAGE_ID.eq(stageId))
                .execute();
        t.deleteFrom(AUDIT_STAGE).where(AUDIT_STAGE.RUN_ID.eq(runId), AUDIT_STAGE.STAGE_ID.eq(stageId)).execute();
        List<AuditStageFindingRecord> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.volaAmt().stripTrailingZeros().scale() > 2) {
                throw new IllegalStateException("a finding's amount is finer than a fen: " + f.ruleId() + " "
                        + f.subjectId() + " " + f.volaAmt().toPlainString());
            }
            AuditStageFindingRecord r = t.newRecord(AUDIT_STAGE_FINDING);
            r.setRunId(runId);
            r.setStageId(stageId);
            r.setSeq((long) i);
            r.setSubjectType(f.subjectType().name());
            r.setSubjectId(f.subjectId());
            r.setRuleId(f.ruleId());
            r.setCertainty(f.certainty().name());
            r.setScore(f.score());
            r.setVolaAmt(f.volaAmt());
            r.setSetlIds(String.join(";", f.setlIds()));
            r.setEvidenceCount((long) f.evidenceCount());
            r.setExplanation(f.explanation().length() > EXPLANATION ? f.explanation().substring(0, EXPLANATION)
                    : f.explanation());
            rows.add(r);
        }
        BatchInsert.insert(t, AUDIT_STAGE_FINDING, rows);
        t.insertInto(AUDIT_STAGE).set(AUDIT_STAGE.RUN_ID, runId).set(AUDIT_STAGE.STAGE_ID, stageId)
                .set(AUDIT_STAGE.MILLIS, millis).set(AUDIT_STAGE.FINDING_COUNT, (long) findings.size()).execute();
    }

    /** The milliseconds of each stage the run has stored, in {@code order}; a stage not stored is missing. */
    public static Map<String, Long> millis(DSLContext dsl, long runId, List<String> order) {
        Map<String, Long> stored = new LinkedHashMap<>();
        dsl.select(AUDIT_STAGE.STAGE_ID, AUDIT_STAGE.MILLIS).from(AUDIT_STAGE).where(AUDIT_STAGE.RUN_ID.eq(runId))
                .forEach(r -> stored.put(r.value1(), r.value2()));
        Map<String, Long> millis = new LinkedHashMap<>();
        order.stream().filter(stored::containsKey).forEach(id -> millis.put(id, stored.get(id)));
        return millis;
    }

    /** The findings of the stages in {@code order}, each stage's in the order it found them. */
    public static List<Finding> read(DSLContext dsl, long runId, List<String> order) {
        Map<String, List<Finding>> byStage = new LinkedHashMap<>();
        order.forEach(id -> byStage.put(id, new ArrayList<>()));
        dsl.selectFrom(AUDIT_STAGE_FINDING).where(AUDIT_STAGE_FINDING.RUN_ID.eq(runId))
                .orderBy(AUDIT_STAGE_FINDING.STAGE_ID, AUDIT_STAGE_FINDING.SEQ)
                .forEach(r -> {
                    List<Finding> stage = byStage.get(r.getStageId());
                    if (stage == null) {
                        throw new IllegalStateException("run " + runId + " has findings of a stage it did not plan: "
                                + r.getStageId());
                    }
                    stage.add(new Finding(SubjectType.valueOf(r.getSubjectType()), r.getSubjectId(), r.getRuleId(),
                            Certainty.valueOf(r.getCertainty()), r.getScore(), r.getVolaAmt(),
                            Arrays.asList(r.getSetlIds().split(";")), r.getEvidenceCount().intValue(),
                            r.getExplanation()));
                });
        List<Finding> findings = new ArrayList<>();
        byStage.values().forEach(findings::addAll);
        return findings;
    }

    /** Forgets the stage results of the month's runs once a run of the month is stored (and of runs that died). */
    public static void forgetMonth(DSLContext t, CycleMonth month) {
        var runs = t.select(AUDIT_RUN.ID).from(AUDIT_RUN).where(AUDIT_RUN.CYCLE_MONTH.eq(month.toString()));
        t.deleteFrom(AUDIT_STAGE_FINDING).where(AUDIT_STAGE_FINDING.RUN_ID.in(runs)).execute();
        t.deleteFrom(AUDIT_STAGE).where(AUDIT_STAGE.RUN_ID.in(runs)).execute();
    }
}
