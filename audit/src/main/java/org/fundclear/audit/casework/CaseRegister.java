package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Sequences.AUDIT_CASE_EVENT_SEQ;
import static org.fundclear.sql.jooq.Sequences.AUDIT_CASE_SEQ;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE_EVENT;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE_REGION;
import static org.fundclear.sql.jooq.Tables.AUDIT_ITEM;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.jooq.tables.records.AuditCaseEventRecord;
import org.fundclear.sql.jooq.tables.records.AuditCaseRecord;
import org.fundclear.sql.jooq.tables.records.AuditCaseRegionRecord;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Merges an audit's cases into the month's standing cases: a subject's case keeps its id, status, assignee and
 * trail; its ranking (priority, certainty, amount, rules) is refreshed; a new subject gets a NEW case and an event
 * saying which audit raised it. A case the new audit no longer flags keeps everything but drops out of the queue
 * while nobody has worked on it (finding_count 0). Also records the regions each case concerns, for scoped reads.
 */
public final class CaseRegister {
    static final String AUDIT_USER = "audit";

    private final StageDeadlines deadlines;

    public CaseRegister(StageDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Runs inside the transaction that stores the audit's findings. */
    public void merge(DSLContext t, CycleMonth month, long runId, List<AuditCase> cases, LocalDateTime now,
                      Map<String, RankNote> notes) {
        String m = month.toString();
        Map<String, AuditCaseRecord> standing = new HashMap<>();
        for (AuditCaseRecord r : t.selectFrom(AUDIT_CASE).where(AUDIT_CASE.CYCLE_MONTH.eq(m)).fetch()) {
            standing.put(r.getSubjectType() + ":" + r.getSubjectId(), r);
        }
        List<Query> updates = new ArrayList<>();
        List<AuditCaseRecord> created = new ArrayList<>();
        List<AuditCaseEventRecord> events = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        List<AuditCase> fresh = new ArrayList<>();
        for (AuditCase c : cases) {
            String key = c.subjectType() + ":" + c.subjectId();
            flagged.add(key);
            RankNote note = notes.get(key);
            AuditCaseRecord old = standing.get(key);
            if (old == null) {
                fresh.add(c);
                continue;
            }
            updates.add(t.update(AUDIT_CASE).set(AUDIT_CASE.RUN_ID, runId)
                    .set(AUDIT_CASE.CERTAINTY, c.certainty().name()).set(AUDIT_CASE.PRIORITY, scale(c.priority()))
                    .set(AUDIT_CASE.VOLA_AMT, c.volaAmt()).set(AUDIT_CASE.MAX_SCORE, scale(c.maxScore()))
                    .set(AUDIT_CASE.FINDING_COUNT, (long) c.findings().size()).set(AUDIT_CASE.RULE_IDS, c.ruleIds())
                    .set(AUDIT_CASE.BASE_PRIORITY, note == null ? null : scale(note.basePriority()))
                    .set(AUDIT_CASE.RANK_BASIS, note == null ? null
                            : note.basis().length() > 400 ? note.basis().substring(0, 400) : note.basis())
                    .where(AUDIT_CASE.ID.eq(old.getId())));
            if (!c.ruleIds().equals(old.getRuleIds())) {
                events.add(event(t, old.getId(), CaseStatus.valueOf(old.getStatus()), now,
                        "audit run " + runId + ": findings now " + c.ruleIds() + " (were " + old.getRuleIds() + ")"));
            }
        }
        standing.forEach((key, old) -> {
            if (!flagged.contains(key) && old.getFindingCount() > 0) {
                updates.add(t.update(AUDIT_CASE).set(AUDIT_CASE.FINDING_COUNT, 0L).set(AUDIT_CASE.RUN_ID, runId)
                        .where(AUDIT_CASE.ID.eq(old.getId())));
                events.add(event(t, old.getId(), CaseStatus.valueOf(old.getStatus()), now,
                        "audit run " + runId + ": no finding on this subject any more"));
            }
        });
        List<Long> ids = fresh.isEmpty() ? List.of() : t.nextvals(AUDIT_CASE_SEQ, fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            AuditCase c = fresh.get(i);
            AuditCaseRecord r = t.newRecord(AUDIT_CASE);
            r.setId(ids.get(i));
            r.setRunId(runId);
            r.setCycleMonth(m);
            r.setSubjectType(c.subjectType().name());
            r.setSubjectId(c.subjectId());
            r.setCertainty(c.certainty().name());
            r.setPriority(scale(c.priority()));
            r.setVolaAmt(c.volaAmt());
            r.setMaxScore(scale(c.maxScore()));
            r.setFindingCount((long) c.findings().size());
            r.setRuleIds(c.ruleIds());
            r.setStatus(CaseStatus.NEW.name());
            r.setCreatedAt(now);
            r.setVersion(0L);
            r.setStageSince(now);
            r.setStageDue(deadlines.due(CaseStatus.NEW, now.toLocalDate()));
            RankNote note = notes.get(c.subjectType() + ":" + c.subjectId());
            if (note != null) {
                r.setBasePriority(scale(note.basePriority()));
                r.setRankBasis(note.basis().length() > 400 ? note.basis().substring(0, 400) : note.basis());
            }
            created.add(r);
            AuditCaseEventRecord e = t.newRecord(AUDIT_CASE_EVENT);
            e.setCaseId(r.getId());
            e.setAction("RAISED");
            e.setToStatus(CaseStatus.NEW.name());
            e.setUserName(AUDIT_USER);
            e.setEventAt(now);
            e.setCommentText("raised by audit run " + runId + ": " + c.ruleIds());
            e.setSource("AUDIT");
            events.add(e);
        }
        if (!updates.isEmpty()) {
            t.batch(updates).execute();
        }
        BatchInsert.insert(t, AUDIT_CASE, created);
        List<Long> eventIds = events.isEmpty() ? List.of() : t.nextvals(AUDIT_CASE_EVENT_SEQ, events.size());
        for (int i = 0; i < events.size(); i++) {
            events.get(i).setId(eventIds.get(i));
        }
        BatchInsert.insert(t, AUDIT_CASE_EVENT, events);
        recordRegions(t, m);
    }

    private static AuditCaseEventRecord event(DSLContext t, long caseId, CaseStatus status, LocalDateTime now,
                                              String comment) {
        AuditCaseEventRecord e = t.newRecord(AUDIT_CASE_EVENT);
        e.setCaseId(caseId);
        e.setAction("REAUDIT");
        e.setFromStatus(status.name());
        e.setToStatus(status.name());
        e.setUserName(AUDIT_USER);
        e.setEventAt(now);
        e.setCommentText(comment);
        e.setSource("AUDIT");
        return e;
    }

    /**
     * The regions of the month's cases: a person's insured and treatment regions, an institution's own region and
     * the treatment region of its settlements, the regions of the institutions a doctor billed at. One pass over
     * the month's settlements (joining a million settlements to the cases would make H2 nest loops).
     */
    private static void recordRegions(DSLContext t, String m) {
        Map<String, Long> persons = new HashMap<>();
        Map<String, Long> institutions = new HashMap<>();
        Map<String, Long> doctors = new HashMap<>();
        for (var r : t.select(AUDIT_CASE.ID, AUDIT_CASE.SUBJECT_TYPE, AUDIT_CASE.SUBJECT_ID).from(AUDIT_CASE)
                .where(AUDIT_CASE.CYCLE_MONTH.eq(m)).fetch()) {
            switch (SubjectType.valueOf(r.value2())) {
                case PERSON -> persons.put(r.value3(), r.value1());
                case INSTITUTION -> institutions.put(r.value3(), r.value1());
                case DOCTOR -> doctors.put(r.value3(), r.value1());
            }
        }
        Set<Pair> wanted = new HashSet<>();
        Map<String, Set<String>> institutionRegions = new HashMap<>();
        try (var cursor = t.select(SETTLEMENT.PSN_NO, SETTLEMENT.INSU_ADMDVS, SETTLEMENT.MDTRTAREA_ADMDVS,
                        SETTLEMENT.FIXMEDINS_CODE).from(SETTLEMENT).where(SETTLEMENT.CYCLE_MONTH.eq(m))
                .fetchSize(5000).fetchLazy()) {
            for (var s : cursor) {
                Long person = persons.get(s.value1());
                if (person != null) {
                    wanted.add(new Pair(person, s.value2()));
                    wanted.add(new Pair(person, s.value3()));
                }
                institutionRegions.computeIfAbsent(s.value4(), k -> new HashSet<>()).add(s.value3());
            }
        }
        t.select(INSTITUTION.FIXMEDINS_CODE, INSTITUTION.ADMDVS).from(INSTITUTION).where(INSTITUTION.ADMDVS.isNotNull())
                .forEach(r -> institutionRegions.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        institutions.forEach((code, id) -> institutionRegions.getOrDefault(code, Set.of())
                .forEach(admdvs -> wanted.add(new Pair(id, admdvs))));
        if (!doctors.isEmpty()) {
            t.selectDistinct(AUDIT_ITEM.BILG_DR_CODE, AUDIT_ITEM.FIXMEDINS_CODE).from(AUDIT_ITEM)
                    .where(AUDIT_ITEM.CYCLE_MONTH.eq(m)).and(AUDIT_ITEM.BILG_DR_CODE.in(doctors.keySet()))
                    .forEach(r -> institutionRegions.getOrDefault(r.value2(), Set.of())
                            .forEach(admdvs -> wanted.add(new Pair(doctors.get(r.value1()), admdvs))));
        }
        t.select(AUDIT_CASE_REGION.CASE_ID, AUDIT_CASE_REGION.ADMDVS).from(AUDIT_CASE_REGION)
                .join(AUDIT_CASE).on(AUDIT_CASE.ID.eq(AUDIT_CASE_REGION.CASE_ID))
                .where(AUDIT_CASE.CYCLE_MONTH.eq(m))
                .forEach(r -> wanted.remove(new Pair(r.value1(), r.value2())));
        List<AuditCaseRegionRecord> rows = new ArrayList<>(wanted.size());
        for (Pair p : wanted) {
            AuditCaseRegionRecord r = t.newRecord(AUDIT_CASE_REGION);
            r.setCaseId(p.caseId());
            r.setAdmdvs(p.admdvs());
            rows.add(r);
        }
        BatchInsert.insert(t, AUDIT_CASE_REGION, rows);
    }

    private record Pair(long caseId, String admdvs) {
    }

    private static BigDecimal scale(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
