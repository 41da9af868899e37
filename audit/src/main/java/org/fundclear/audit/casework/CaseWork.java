package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Sequences.AUDIT_CASE_EVENT_SEQ;
import static org.fundclear.sql.jooq.Sequences.AUDIT_VERDICT_SEQ;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE_EVENT;
import static org.fundclear.sql.jooq.Tables.AUDIT_DEDUCTION;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.AUDIT_VERDICT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.clearing.cycle.ClearingAdjustments;
import org.fundclear.sql.jooq.tables.records.AuditCaseEventRecord;
import org.fundclear.sql.jooq.tables.records.AuditCaseRecord;
import org.jooq.DSLContext;

/**
 * Applies the workflow to stored cases: each action is checked by {@link CaseWorkflow}, then in one transaction
 * the case's state moves on (only if nobody changed it since the user saw it: the version), the event is appended,
 * and a decision stores its verdict; a confirmed deduction becomes a clearing adjustment that the next clearing
 * posts. Reopening a confirmed case appends reversing adjustments; nothing is ever deleted.
 */
public final class CaseWork {
    /** Where an action came from, as the trail records it. */
    public enum Source { CONSOLE, CLI, FILE }

    private final Clock clock;
    private final StageDeadlines deadlines;

    public CaseWork(Clock clock, StageDeadlines deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Applies one action by a user; refusals and conflicts are exceptions that say why. */
    public CaseRow act(DSLContext dsl, Actor actor, long caseId, long expectedVersion, CaseAction action,
                       ActionInput input, Source source) {
        dsl.transaction(tx -> {
            AuditCaseRecord c = load(tx.dsl(), actor, caseId);
            if (c.getVersion() != expectedVersion) {
                throw conflict(tx.dsl(), c, expectedVersion);
            }
            apply(tx.dsl(), actor, c, action, input, source, false, null);
        });
        return CaseQueue.find(dsl, actor.scope(), caseId, today()).orElseThrow();
    }

    /**
     * A supervisor's decision from a verdicts file: taken whatever open stage the case is in (the trail names the
     * stages it skipped and the file). Runs in the caller's transaction.
     */
    void decideFromFile(DSLContext t, Actor actor, AuditCaseRecord c, CaseAction action, ActionInput input,
                        String fileNote) {
        apply(t, actor, c, action, input, Source.FILE, true, fileNote);
    }

    /** The case if the actor may see it, else a refusal that does not tell whether it exists elsewhere. */
    AuditCaseRecord load(DSLContext t, Actor actor, long caseId) {
        AuditCaseRecord c = t.selectFrom(AUDIT_CASE).where(AUDIT_CASE.ID.eq(caseId))
                .and(CaseQueue.inScope(AUDIT_CASE.ID, actor.scope())).fetchOne();
        if (c == null) {
            throw new CaseNotFoundException(caseId);
        }
        return c;
    }

    private void apply(DSLContext t, Actor actor, AuditCaseRecord c, CaseAction action, ActionInput input,
                       Source source, boolean fromFile, String fileNote) {
        CaseStatus from = CaseStatus.valueOf(c.getStatus());
        var state = new CaseWorkflow.State(c.getId(), from, c.getAssignee(), c.getInitialReviewer());
        CaseWorkflow.Transition to = CaseWorkflow.transition(state, actor, action, input, fromFile);
        if (action == CaseAction.CONFIRM) {
            DeductionCheck.check(t, c, input.deductions());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        boolean moved = to.to() != from;
        int updated = t.update(AUDIT_CASE)
                .set(AUDIT_CASE.STATUS, to.to().name())
                .set(AUDIT_CASE.ASSIGNEE, to.assignee())
                .set(AUDIT_CASE.INITIAL_REVIEWER, to.initialReviewer())
                .set(AUDIT_CASE.STAGE_SINCE, moved ? now : c.getStageSince())
                .set(AUDIT_CASE.STAGE_DUE, moved ? deadlines.due(to.to(), now.toLocalDate()) : c.getStageDue())
                .set(AUDIT_CASE.VERSION, c.getVersion() + 1)
                .where(AUDIT_CASE.ID.eq(c.getId())).and(AUDIT_CASE.VERSION.eq(c.getVersion()))
                .execute();
        if (updated == 0) {
            throw conflict(t, c, c.getVersion());
        }
        String comment = input.comment();
        if (!to.skipped().isEmpty()) {
            comment = join(comment, "stages skipped: " + to.skipped().stream().map(CaseStatus::name)
                    .collect(Collectors.joining(", ")));
        }
        comment = join(comment, fileNote);
        long eventId = appendEvent(t, c.getId(), action.name(), from, to.to(), actor.user(), now, comment,
                to.assignee(), input.reasonCode(), input.attachment(), source);
        switch (action) {
            case CONFIRM, DISMISS -> storeVerdict(t, actor, c, action, input, source, eventId, now);
            case REOPEN -> reverseDeductions(t, actor, c, now);
            default -> {
            }
        }
    }

    private static void storeVerdict(DSLContext t, Actor actor, AuditCaseRecord c, CaseAction action, ActionInput in,
                                     Source source, long eventId, LocalDateTime now) {
        long verdictId = t.nextval(AUDIT_VERDICT_SEQ);
        String verdict = action == CaseAction.CONFIRM ? CaseStatus.CONFIRMED.name() : CaseStatus.DISMISSED.name();
        t.insertInto(AUDIT_VERDICT)
                .set(AUDIT_VERDICT.ID, verdictId).set(AUDIT_VERDICT.CASE_ID, c.getId())
                .set(AUDIT_VERDICT.EVENT_ID, eventId).set(AUDIT_VERDICT.VERDICT, verdict)
                .set(AUDIT_VERDICT.REASON_CODE, blank(in.reasonCode()) ? null : in.reasonCode().trim())
                .set(AUDIT_VERDICT.DECIDED_BY, actor.user()).set(AUDIT_VERDICT.DECIDED_AT, now)
                .set(AUDIT_VERDICT.SOURCE, source.name()).set(AUDIT_VERDICT.RULE_IDS, c.getRuleIds())
                .set(AUDIT_VERDICT.MAX_SCORE, c.getMaxScore()).set(AUDIT_VERDICT.PRIORITY, c.getPriority())
                .set(AUDIT_VERDICT.VOLA_AMT, c.getVolaAmt())
                .execute();
        for (Deduction d : in.deductions()) {
            long adjustmentId = ClearingAdjustments.record(t, d.setlId(), d.amount(), ClearingAdjustments.AUDIT_DEDUCTION,
                    "audit case " + c.getId() + " (" + c.getRuleIds() + ") confirmed by " + actor.user(),
                    "case:" + c.getId() + "/verdict:" + verdictId, now, actor.user());
            t.insertInto(AUDIT_DEDUCTION).set(AUDIT_DEDUCTION.VERDICT_ID, verdictId)
                    .set(AUDIT_DEDUCTION.SETL_ID, d.setlId()).set(AUDIT_DEDUCTION.AMOUNT, d.amount())
                    .set(AUDIT_DEDUCTION.ADJUSTMENT_ID, adjustmentId).execute();
        }
    }

    /** Reopening a confirmed case takes its deductions back: one opposite adjustment each, posted by the next clearing. */
    private static void reverseDeductions(DSLContext t, Actor actor, AuditCaseRecord c, LocalDateTime now) {
        Long verdictId = t.select(AUDIT_VERDICT.ID).from(AUDIT_VERDICT).where(AUDIT_VERDICT.CASE_ID.eq(c.getId()))
                .orderBy(AUDIT_VERDICT.ID.desc()).limit(1).fetchOne(AUDIT_VERDICT.ID);
        if (verdictId == null || !CaseStatus.CONFIRMED.name().equals(c.getStatus())) {
            return;
        }
        for (var d : t.selectFrom(AUDIT_DEDUCTION).where(AUDIT_DEDUCTION.VERDICT_ID.eq(verdictId)).fetch()) {
            ClearingAdjustments.record(t, d.getSetlId(), d.getAmount().negate(),
                    ClearingAdjustments.AUDIT_DEDUCTION_REVERSAL, "audit case " + c.getId() + " reopened by "
                            + actor.user(), "case:" + c.getId() + "/verdict:" + verdictId + "/reversal", now,
                    actor.user());
        }
    }

    /** Records that the actor saw the case's personal data unmasked; not a change of the case (no version). */
    public void recordUnmask(DSLContext dsl, Actor actor, long caseId, String what) {
        if (!actor.unmask()) {
            throw new CaseRefusedException(actor.user() + " has no right to unmask personal data");
        }
        dsl.transaction(tx -> {
            AuditCaseRecord c = load(tx.dsl(), actor, caseId);
            CaseStatus status = CaseStatus.valueOf(c.getStatus());
            appendEvent(tx.dsl(), caseId, "UNMASK", status, status, actor.user(), LocalDateTime.now(clock), what,
                    null, null, null, Source.CONSOLE);
        });
    }

    /** The case page's data, or empty when the case is not in the actor's scope. */
    public Optional<CaseView> view(DSLContext dsl, Actor actor, long caseId) {
        Optional<CaseRow> row = CaseQueue.find(dsl, actor.scope(), caseId, today());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        CaseRow r = row.get();
        AuditCaseRecord c = dsl.selectFrom(AUDIT_CASE).where(AUDIT_CASE.ID.eq(caseId)).fetchOne();
        List<FindingView> findings = dsl.selectFrom(AUDIT_FINDING).where(AUDIT_FINDING.CYCLE_MONTH.eq(r.month()))
                .and(AUDIT_FINDING.SUBJECT_TYPE.eq(r.subjectType().name())).and(AUDIT_FINDING.SUBJECT_ID.eq(r.subjectId()))
                .orderBy(AUDIT_FINDING.SCORE.desc(), AUDIT_FINDING.ID)
                .fetch(f -> new FindingView(f.getId(), f.getRuleId(), f.getCertainty(), f.getScore(), f.getVolaAmt(),
                        List.of(f.getSetlIds().split(";")), f.getEvidenceCount(), f.getExplanation(),
                        f.getRuleSetVersion()));
        List<CaseEvent> events = events(dsl, caseId);
        Set<CaseAction> allowed = CaseWorkflow.allowed(new CaseWorkflow.State(caseId, r.status(), c.getAssignee(),
                c.getInitialReviewer()), actor);
        return Optional.of(new CaseView(r, findings, events, verdicts(dsl, caseId, events), allowed));
    }

    static List<CaseEvent> events(DSLContext dsl, long caseId) {
        return dsl.selectFrom(AUDIT_CASE_EVENT).where(AUDIT_CASE_EVENT.CASE_ID.eq(caseId))
                .orderBy(AUDIT_CASE_EVENT.ID)
                .fetch(e -> new CaseEvent(e.getId(), e.getCaseId(), e.getAction(),
                        e.getFromStatus() == null ? null : CaseStatus.valueOf(e.getFromStatus()),
                        CaseStatus.valueOf(e.getToStatus()), e.getUserName(), e.getEventAt(), e.getCommentText(),
                        e.getAssignee(), e.getReasonCode(), e.getAttachmentName(), e.getAttachmentSha256()));
    }

    private static List<VerdictView> verdicts(DSLContext dsl, long caseId, List<CaseEvent> events) {
        Map<Long, List<Deduction>> deductions = dsl.select(AUDIT_DEDUCTION.VERDICT_ID, AUDIT_DEDUCTION.SETL_ID,
                        AUDIT_DEDUCTION.AMOUNT).from(AUDIT_DEDUCTION).join(AUDIT_VERDICT)
                .on(AUDIT_VERDICT.ID.eq(AUDIT_DEDUCTION.VERDICT_ID)).where(AUDIT_VERDICT.CASE_ID.eq(caseId))
                .orderBy(AUDIT_DEDUCTION.SETL_ID)
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> new Deduction(r.value2(), r.value3()), Collectors.toList())));
        List<VerdictView> out = new ArrayList<>();
        for (var v : dsl.selectFrom(AUDIT_VERDICT).where(AUDIT_VERDICT.CASE_ID.eq(caseId)).orderBy(AUDIT_VERDICT.ID)
                .fetch()) {
            List<Deduction> ds = deductions.getOrDefault(v.getId(), List.of());
            boolean reversed = events.stream().anyMatch(e -> e.id() > v.getEventId() && "REOPEN".equals(e.action()));
            out.add(new VerdictView(v.getId(), v.getVerdict(), v.getReasonCode(), v.getDecidedBy(), v.getDecidedAt(),
                    v.getSource(), ds, ds.stream().map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                    reversed));
        }
        return out;
    }

    private static long appendEvent(DSLContext t, long caseId, String action, CaseStatus from, CaseStatus to,
                                    String user, LocalDateTime at, String comment, String assignee, String reasonCode,
                                    Attachment attachment, Source source) {
        AuditCaseEventRecord e = t.newRecord(AUDIT_CASE_EVENT);
        e.setId(t.nextval(AUDIT_CASE_EVENT_SEQ));
        e.setCaseId(caseId);
        e.setAction(action);
        e.setFromStatus(from == null ? null : from.name());
        e.setToStatus(to.name());
        e.setUserName(user);
        e.setEventAt(at);
        e.setCommentText(comment == null ? null : comment.length() > 2000 ? comment.substring(0, 2000) : comment);
        e.setAssignee(assignee);
        e.setReasonCode(blank(reasonCode) ? null : reasonCode.trim());
        if (attachment != null) {
            e.setAttachmentName(attachment.name());
            e.setAttachmentSha256(attachment.sha256());
        }
        e.setSource(source.name());
        e.insert();
        return e.getId();
    }

    private static CaseConflictException conflict(DSLContext t, AuditCaseRecord c, long expectedVersion) {
        var last = t.selectFrom(AUDIT_CASE_EVENT).where(AUDIT_CASE_EVENT.CASE_ID.eq(c.getId()))
                .orderBy(AUDIT_CASE_EVENT.ID.desc()).limit(1).fetchOne();
        String who = last == null ? "someone" : last.getUserName() + " (" + last.getAction() + " at "
                + last.getEventAt().withNano(0) + ")";
        return new CaseConflictException("case " + c.getId() + " was changed by " + who + " since you opened it "
                + "(version " + expectedVersion + ", now " + c.getVersion() + "); nothing was applied: reload the case "
                + "and decide again");
    }

    private static String join(String a, String b) {
        if (blank(b)) {
            return a;
        }
        return blank(a) ? b : a + "; " + b;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
