package org.fundclear.audit.casework;

import java.util.Optional;
import org.fundclear.clearing.access.Role;

/**
 * Where a case stands in the NHSA 疑点处理程序 (spec cases-YYYY-MM.csv `status`): 待初审 → 初审 → 复审 → 申诉 →
 * 调查核实 → 违规处理 → 结案 as CONFIRMED or DISMISSED. Each open stage names the role that works it.
 */
public enum CaseStatus {
    NEW("待初审", Role.INSPECTOR),
    INITIAL_REVIEW("初审", Role.INSPECTOR),
    SECOND_REVIEW("复审", Role.REVIEWER),
    APPEAL("申诉", Role.INVESTIGATOR),
    INVESTIGATION("调查核实", Role.INVESTIGATOR),
    DISPOSITION("违规处理", Role.SUPERVISOR),
    CONFIRMED("结案·违规", null),
    DISMISSED("结案·不违规", null);

    private final String label;
    private final Role worker;

    CaseStatus(String label, Role worker) {
        this.label = label;
        this.worker = worker;
    }

    public String label() {
        return label;
    }

    /** The role that works a case in this stage; empty once it is closed. */
    public Optional<Role> worker() {
        return Optional.ofNullable(worker);
    }

    public boolean closed() {
        return this == CONFIRMED || this == DISMISSED;
    }
}
