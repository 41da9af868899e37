package org.fundclear.audit.casework;

import java.util.List;

/**
 * What comes with an action: a comment, the user it assigns to, the reason (DISMISS: N01–N05…; CONFIRM: a
 * violation code, optional), an attachment, and for CONFIRM the deductions per settlement.
 */
public record ActionInput(String comment, String assignee, String reasonCode, Attachment attachment,
                          List<Deduction> deductions) {
    public static final ActionInput NONE = new ActionInput(null, null, null, null, List.of());

    public ActionInput {
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    public static ActionInput comment(String comment) {
        return new ActionInput(comment, null, null, null, List.of());
    }
}
