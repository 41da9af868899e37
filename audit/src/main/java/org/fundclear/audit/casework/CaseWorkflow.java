package org.fundclear.audit.casework;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fundclear.clearing.access.Role;

/**
 * The 疑点处理程序 as rules, free of storage: which action a user may take on a case in its current stage, and
 * where it leads. 初审 and 复审 are never the same person; only a supervisor decides (违规处理) or reopens; a closed
 * case takes nothing but a note or a reopening.
 */
public final class CaseWorkflow {
    private static final Set<Role> CASE_ROLES = EnumSet.of(Role.INSPECTOR, Role.REVIEWER, Role.INVESTIGATOR,
            Role.SUPERVISOR);

    private CaseWorkflow() {
    }

    /** A case's workflow state. */
    public record State(long caseId, CaseStatus status, String assignee, String initialReviewer) {
    }

    /** Where an allowed action leads; {@code skipped} lists stages a supervisor's decision passed over. */
    public record Transition(CaseStatus to, String assignee, String initialReviewer, List<CaseStatus> skipped) {
    }

    /** The actions {@code actor} may take now (inputs such as comments are checked when the action comes). */
    public static Set<CaseAction> allowed(State state, Actor actor) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            try {
                permit(state, actor, action, false);
                allowed.add(action);
            } catch (CaseRefusedException e) {
                // not allowed: left out
            }
        }
        return allowed;
    }

    /**
     * Checks the action and its input; returns the transition or throws {@link CaseRefusedException} saying why.
     * {@code fromFile}: a supervisor's verdicts file, which decides a case in any open stage.
     */
    public static Transition transition(State state, Actor actor, CaseAction action, ActionInput input,
                                        boolean fromFile) {
        Transition t = permit(state, actor, action, fromFile);
        switch (action) {
            case COMMENT, SUBMIT_INITIAL, RETURN_TO_INITIAL, RECORD_APPEAL, SUBMIT_INVESTIGATION, REOPEN ->
                    requireComment(action, input);
            case ASSIGN -> {
                if (blank(input.assignee())) {
                    throw new CaseRefusedException("指派 (ASSIGN) needs the user to assign the case to");
                }
                if (state.status() == CaseStatus.SECOND_REVIEW && input.assignee().equals(state.initialReviewer())) {
                    throw new CaseRefusedException(input.assignee() + " did the 初审 of case " + state.caseId()
                            + " and cannot do its 复审");
                }
                return new Transition(t.to(), input.assignee().trim(), t.initialReviewer(), t.skipped());
            }
            case CONFIRM -> {
                if (input.deductions().isEmpty()) {
                    throw new CaseRefusedException("认定违规 (CONFIRM) needs at least one deduction: a settlement and an amount");
                }
                if (input.reasonCode() != null && !input.reasonCode().isBlank()
                        && ReasonCode.find(input.reasonCode()).filter(ReasonCode::violation).isEmpty()) {
                    throw new CaseRefusedException("violation code " + input.reasonCode() + " is not in the catalogue "
                            + "(V01–V09)");
                }
            }
            case DISMISS -> {
                if (ReasonCode.find(input.reasonCode()).filter(r -> !r.violation()).isEmpty()) {
                    throw new CaseRefusedException("不予认定 (DISMISS) needs a reason code N01–N05 (got "
                            + (blank(input.reasonCode()) ? "none" : input.reasonCode()) + ")");
                }
                if (!input.deductions().isEmpty()) {
                    throw new CaseRefusedException("a dismissed case has no deductions");
                }
            }
            default -> {
            }
        }
        return t;
    }

    private static Transition permit(State s, Actor a, CaseAction action, boolean fromFile) {
        CaseStatus status = s.status();
        if (status.closed() && action != CaseAction.COMMENT && action != CaseAction.REOPEN) {
            throw new CaseRefusedException("case " + s.caseId() + " is closed (" + status + " " + status.label()
                    + "); a supervisor can reopen it (重新处理)");
        }
        return switch (action) {
            case COMMENT -> {
                if (a.roles().stream().noneMatch(CASE_ROLES::contains)) {
                    throw refusedRole(action, "INSPECTOR, REVIEWER, INVESTIGATOR or SUPERVISOR", a);
                }
                yield stay(s);
            }
            case CLAIM -> {
                Role worker = status.worker().orElseThrow();
                requireRole(a, worker, action);
                if (s.assignee() != null && !s.assignee().equals(a.user())) {
                    throw new CaseRefusedException("case " + s.caseId() + " is assigned to " + s.assignee()
                            + "; a supervisor can reassign it");
                }
                requireNotInitialReviewer(s, a.user());
                yield new Transition(status == CaseStatus.NEW ? CaseStatus.INITIAL_REVIEW : status, a.user(),
                        s.initialReviewer(), List.of());
            }
            case ASSIGN -> {
                requireRole(a, Role.SUPERVISOR, action);
                yield new Transition(status == CaseStatus.NEW ? CaseStatus.INITIAL_REVIEW : status, s.assignee(),
                        s.initialReviewer(), List.of());
            }
            case SUBMIT_INITIAL -> {
                stageWork(s, a, action, CaseStatus.INITIAL_REVIEW);
                yield new Transition(CaseStatus.SECOND_REVIEW, null, a.user(), List.of());
            }
            case RETURN_TO_INITIAL -> {
                stageWork(s, a, action, CaseStatus.SECOND_REVIEW);
                requireNotInitialReviewer(s, a.user());
                yield new Transition(CaseStatus.INITIAL_REVIEW, s.initialReviewer(), s.initialReviewer(), List.of());
            }
            case AGREE_REVIEW -> {
                stageWork(s, a, action, CaseStatus.SECOND_REVIEW);
                requireNotInitialReviewer(s, a.user());
                yield new Transition(CaseStatus.APPEAL, null, s.initialReviewer(), List.of());
            }
            case RECORD_APPEAL, NO_APPEAL -> {
                stageWork(s, a, action, CaseStatus.APPEAL);
                yield new Transition(CaseStatus.INVESTIGATION, a.user(), s.initialReviewer(), List.of());
            }
            case SUBMIT_INVESTIGATION -> {
                stageWork(s, a, action, CaseStatus.INVESTIGATION);
                yield new Transition(CaseStatus.DISPOSITION, null, s.initialReviewer(), List.of());
            }
            case CONFIRM, DISMISS -> {
                requireRole(a, Role.SUPERVISOR, action);
                // The console confirms only after the procedure; a dismissal of plain noise, or a supervisor's
                // verdicts file (an on-site inspection's results), may pass over stages: the trail names them.
                if (status != CaseStatus.DISPOSITION && action == CaseAction.CONFIRM && !fromFile) {
                    throw new CaseRefusedException("认定违规 (CONFIRM) applies to a case in 违规处理 (DISPOSITION); case "
                            + s.caseId() + " is in " + status.label() + " (" + status + ")");
                }
                yield new Transition(action == CaseAction.CONFIRM ? CaseStatus.CONFIRMED : CaseStatus.DISMISSED,
                        null, s.initialReviewer(), skipped(status));
            }
            case REOPEN -> {
                requireRole(a, Role.SUPERVISOR, action);
                if (!status.closed()) {
                    throw new CaseRefusedException("case " + s.caseId() + " is not closed; only a decided case is reopened");
                }
                yield new Transition(CaseStatus.DISPOSITION, null, s.initialReviewer(), List.of());
            }
        };
    }

    /** The open stages from {@code status} up to, not including, 违规处理. */
    private static List<CaseStatus> skipped(CaseStatus status) {
        List<CaseStatus> skipped = new ArrayList<>();
        for (CaseStatus st : CaseStatus.values()) {
            if (st.compareTo(status) >= 0 && st.compareTo(CaseStatus.DISPOSITION) < 0) {
                skipped.add(st);
            }
        }
        return skipped;
    }

    private static void stageWork(State s, Actor a, CaseAction action, CaseStatus stage) {
        if (s.status() != stage) {
            throw new CaseRefusedException(action.label() + " (" + action + ") applies to a case in " + stage.label()
                    + " (" + stage + "); case " + s.caseId() + " is in " + s.status().label() + " (" + s.status() + ")");
        }
        requireRole(a, stage.worker().orElseThrow(), action);
        if (s.assignee() != null && !s.assignee().equals(a.user())) {
            throw new CaseRefusedException("case " + s.caseId() + " is assigned to " + s.assignee()
                    + "; only the assignee works it (a supervisor can reassign it)");
        }
    }

    private static void requireNotInitialReviewer(State s, String user) {
        if (s.status() == CaseStatus.SECOND_REVIEW && user.equals(s.initialReviewer())) {
            throw new CaseRefusedException(user + " did the 初审 of case " + s.caseId()
                    + "; 复审 must be done by someone else");
        }
    }

    private static void requireRole(Actor a, Role role, CaseAction action) {
        if (!a.has(role)) {
            throw refusedRole(action, role.name() + " (" + role.label() + ")", a);
        }
    }

    private static CaseRefusedException refusedRole(CaseAction action, String roles, Actor a) {
        return new CaseRefusedException(action.label() + " (" + action + ") needs the role " + roles + "; "
                + a.user() + " has " + (a.roles().isEmpty() ? "no role" : a.roles()));
    }

    private static void requireComment(CaseAction action, ActionInput input) {
        if (blank(input.comment())) {
            throw new CaseRefusedException(action.label() + " (" + action + ") needs a comment saying why");
        }
    }

    private static Transition stay(State s) {
        return new Transition(s.status(), s.assignee(), s.initialReviewer(), List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
