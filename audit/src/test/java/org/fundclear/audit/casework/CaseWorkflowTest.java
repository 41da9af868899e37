package org.fundclear.audit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.junit.jupiter.api.Test;

/** The 疑点处理程序 rules alone: who may do what in which stage, and where it leads. */
class CaseWorkflowTest {
    private static final Actor INS = actor("ins", Role.INSPECTOR);
    private static final Actor REV = actor("rev", Role.REVIEWER);
    private static final Actor INV = actor("inv", Role.INVESTIGATOR);
    private static final Actor SUP = actor("sup", Role.SUPERVISOR);
    private static final Actor AUDITOR = actor("aud", Role.AUDITOR);
    private static final ActionInput NOTE = ActionInput.comment("理由");

    @Test
    void theWholeProcedureInOrder() {
        var s = state(CaseStatus.NEW, null, null);
        assertThat(go(s, INS, CaseAction.CLAIM, ActionInput.NONE).to()).isEqualTo(CaseStatus.INITIAL_REVIEW);
        var submitted = go(state(CaseStatus.INITIAL_REVIEW, "ins", null), INS, CaseAction.SUBMIT_INITIAL, NOTE);
        assertThat(submitted.to()).isEqualTo(CaseStatus.SECOND_REVIEW);
        assertThat(submitted.initialReviewer()).isEqualTo("ins");
        assertThat(submitted.assignee()).isNull();
        var returned = go(state(CaseStatus.SECOND_REVIEW, null, "ins"), REV, CaseAction.RETURN_TO_INITIAL, NOTE);
        assertThat(returned.to()).isEqualTo(CaseStatus.INITIAL_REVIEW);
        assertThat(returned.assignee()).as("back to who did 初审").isEqualTo("ins");
        assertThat(go(state(CaseStatus.SECOND_REVIEW, null, "ins"), REV, CaseAction.AGREE_REVIEW, ActionInput.NONE).to())
                .isEqualTo(CaseStatus.APPEAL);
        assertThat(go(state(CaseStatus.APPEAL, null, "ins"), INV, CaseAction.NO_APPEAL, ActionInput.NONE).to())
                .isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(go(state(CaseStatus.INVESTIGATION, "inv", "ins"), INV, CaseAction.SUBMIT_INVESTIGATION, NOTE).to())
                .isEqualTo(CaseStatus.DISPOSITION);
        assertThat(go(state(CaseStatus.DISPOSITION, null, "ins"), SUP, CaseAction.CONFIRM, deduction("10.00")).to())
                .isEqualTo(CaseStatus.CONFIRMED);
        assertThat(go(state(CaseStatus.CONFIRMED, null, "ins"), SUP, CaseAction.REOPEN, NOTE).to())
                .isEqualTo(CaseStatus.DISPOSITION);
    }

    @Test
    void refusalsSayWhy() {
        refused(state(CaseStatus.NEW, null, null), REV, CaseAction.CLAIM, ActionInput.NONE, "needs the role INSPECTOR");
        refused(state(CaseStatus.INITIAL_REVIEW, "other", null), INS, CaseAction.CLAIM, ActionInput.NONE,
                "assigned to other");
        refused(state(CaseStatus.SECOND_REVIEW, null, "both"), actor("both", Role.INSPECTOR, Role.REVIEWER),
                CaseAction.AGREE_REVIEW, ActionInput.NONE, "复审 must be done by someone else");
        refused(state(CaseStatus.SECOND_REVIEW, null, "rev"), SUP, CaseAction.ASSIGN,
                new ActionInput(null, "rev", null, null, List.of()), "cannot do its 复审");
        refused(state(CaseStatus.APPEAL, null, "ins"), INV, CaseAction.RECORD_APPEAL, ActionInput.NONE, "comment");
        refused(state(CaseStatus.INVESTIGATION, null, "ins"), INV, CaseAction.AGREE_REVIEW, ActionInput.NONE,
                "applies to a case in 复审");
        refused(state(CaseStatus.DISPOSITION, null, "ins"), SUP, CaseAction.CONFIRM, ActionInput.NONE,
                "at least one deduction");
        refused(state(CaseStatus.DISPOSITION, null, "ins"), SUP, CaseAction.DISMISS, ActionInput.NONE, "N01–N05");
        refused(state(CaseStatus.DISPOSITION, null, "ins"), SUP, CaseAction.DISMISS,
                new ActionInput(null, null, "V01", null, List.of()), "N01–N05");
        refused(state(CaseStatus.DISMISSED, null, "ins"), SUP, CaseAction.CONFIRM, deduction("1.00"), "is closed");
        refused(state(CaseStatus.CONFIRMED, null, "ins"), INS, CaseAction.REOPEN, NOTE, "SUPERVISOR");
        refused(state(CaseStatus.DISPOSITION, null, "ins"), SUP, CaseAction.REOPEN, NOTE, "not closed");
        refused(state(CaseStatus.NEW, null, null), AUDITOR, CaseAction.COMMENT, NOTE, "needs the role");
    }

    @Test
    void aSupervisorMayDismissNoiseEarlyButConfirmsOnlyAfterTheProcedure() {
        var dismissed = go(state(CaseStatus.NEW, null, null), SUP, CaseAction.DISMISS,
                new ActionInput(null, null, "N03", null, List.of()));
        assertThat(dismissed.to()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(dismissed.skipped()).containsExactly(CaseStatus.NEW, CaseStatus.INITIAL_REVIEW,
                CaseStatus.SECOND_REVIEW, CaseStatus.APPEAL, CaseStatus.INVESTIGATION);
        refused(state(CaseStatus.APPEAL, null, "ins"), SUP, CaseAction.CONFIRM, deduction("1.00"),
                "applies to a case in 违规处理");
        var fromFile = CaseWorkflow.transition(state(CaseStatus.APPEAL, null, "ins"), SUP, CaseAction.CONFIRM,
                deduction("1.00"), true);
        assertThat(fromFile.to()).isEqualTo(CaseStatus.CONFIRMED);
        assertThat(fromFile.skipped()).containsExactly(CaseStatus.APPEAL, CaseStatus.INVESTIGATION);
    }

    @Test
    void allowedActionsFollowRoleAndStage() {
        assertThat(CaseWorkflow.allowed(state(CaseStatus.NEW, null, null), INS))
                .containsExactlyInAnyOrder(CaseAction.CLAIM, CaseAction.COMMENT);
        assertThat(CaseWorkflow.allowed(state(CaseStatus.NEW, null, null), AUDITOR)).isEmpty();
        assertThat(CaseWorkflow.allowed(state(CaseStatus.DISPOSITION, null, "ins"), SUP))
                .contains(CaseAction.CONFIRM, CaseAction.DISMISS, CaseAction.ASSIGN).doesNotContain(CaseAction.REOPEN);
        assertThat(CaseWorkflow.allowed(state(CaseStatus.CONFIRMED, null, "ins"), SUP))
                .containsExactlyInAnyOrder(CaseAction.REOPEN, CaseAction.COMMENT);
    }

    @Test
    void deadlinesCountWorkingDays() {
        StageDeadlines d = new StageDeadlines(StageDeadlines.defaults().workingDays(), Set.of(LocalDate.of(2026, 10, 1)));
        LocalDate friday = LocalDate.of(2026, 9, 25);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        // five working days after Fri 25 Sep, skipping the weekend and the 1 October holiday
        assertThat(d.due(CaseStatus.NEW, friday)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(d.due(CaseStatus.CONFIRMED, friday)).isNull();
    }

    private static CaseWorkflow.Transition go(CaseWorkflow.State s, Actor a, CaseAction action, ActionInput in) {
        return CaseWorkflow.transition(s, a, action, in, false);
    }

    private static void refused(CaseWorkflow.State s, Actor a, CaseAction action, ActionInput in, String because) {
        assertThatThrownBy(() -> go(s, a, action, in)).isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining(because);
    }

    private static CaseWorkflow.State state(CaseStatus status, String assignee, String initialReviewer) {
        return new CaseWorkflow.State(7, status, assignee, initialReviewer);
    }

    private static ActionInput deduction(String amount) {
        return new ActionInput(null, null, null, null, List.of(new Deduction("S1", new BigDecimal(amount))));
    }

    private static Actor actor(String name, Role... roles) {
        return new Actor(name, Set.of(roles), RegionScope.ALL, false);
    }
}
