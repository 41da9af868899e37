package org.fundclear.audit.rules;

import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/** Which rules, with which thresholds, audit a month: a fixed set, or the rule-book version in force for it. */
@FunctionalInterface
public interface RuleSetSource {

    RuleSet forMonth(DSLContext dsl, CycleMonth month);

    static RuleSetSource fixed(RuleSet ruleSet) {
        return (dsl, month) -> ruleSet;
    }
}
