package org.fundclear.clearing.access;

/** The console's roles (spec/cli.md `user add --role`): who may do which step of the work. */
public enum Role {
    INSPECTOR("初审"),
    REVIEWER("复审"),
    INVESTIGATOR("调查核实"),
    SUPERVISOR("违规处理"),
    FINANCE("经办/财务"),
    AUDITOR("只读"),
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
