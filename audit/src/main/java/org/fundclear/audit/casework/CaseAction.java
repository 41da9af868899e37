package org.fundclear.audit.casework;

/** What a user can do to a case; {@link CaseWorkflow} says who may do which in which stage. */
public enum CaseAction {
    /** An inspector takes a new case for 初审 (or a supervisor assigns it to one). */
    CLAIM("认领"),
    /** A supervisor gives the case's current stage to a named user. */
    ASSIGN("指派"),
    /** 初审 done: the suspicion stands, to 复审. */
    SUBMIT_INITIAL("提交复审"),
    /** 复审 sends the case back to 初审 with a comment. */
    RETURN_TO_INITIAL("退回初审"),
    /** 复审 agrees: the institution is notified and may appeal (申诉). */
    AGREE_REVIEW("复审通过"),
    /** The institution's appeal and its documents are recorded; to 调查核实. */
    RECORD_APPEAL("登记申诉"),
    /** The appeal period passed without an appeal; to 调查核实. */
    NO_APPEAL("无申诉"),
    /** 调查核实 done; to 违规处理. */
    SUBMIT_INVESTIGATION("提交处理"),
    /** 违规处理: violation confirmed, with deductions per settlement. */
    CONFIRM("认定违规"),
    /** 违规处理: no violation, with a reason code. */
    DISMISS("不予认定"),
    /** A closed case taken back to 违规处理 (a decision reversed); confirmed deductions are reversed. */
    REOPEN("重新处理"),
    /** A note in the trail; the stage does not change. */
    COMMENT("备注");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
