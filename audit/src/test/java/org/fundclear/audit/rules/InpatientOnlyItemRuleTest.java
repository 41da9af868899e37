package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R10: an inpatient-only item at an outpatient or pharmacy visit flags; in a stay, or an item allowed outside, does not. */
class InpatientOnlyItemRuleTest {

    @Test
    void anInpatientOnlyItemOutsideAStayFlags() {
        try (RuleMonth month = new RuleMonth()) {
            month.item("INPATIENT-ONLY", c -> c.setOutpatientAllowed("0"));
            month.item("ANYWHERE", c -> c.setOutpatientAllowed("1"));
            month.line(month.visit("OUT", "O1", oct(5, 9, 0)), 1, "INPATIENT-ONLY", "2", "20.00", null);
            month.line(month.visit("SHOP", "P1", oct(5, 9, 0), medType("41")), 1, "INPATIENT-ONLY", "1", "20.00", null);
            month.line(month.visit("STAY", "I1", oct(5, 9, 0), medType("21")), 1, "INPATIENT-ONLY", "1", "20.00", null);
            month.line(month.visit("ALLOWED", "A1", oct(5, 9, 0)), 1, "ANYWHERE", "1", "20.00", null);

            assertThat(month.flagged(new InpatientOnlyItemRule())).containsExactly("OUT", "SHOP");
            assertThat(month.findings(new InpatientOnlyItemRule()).stream().filter(f -> f.subjectId().equals("OUT"))
                    .findFirst().orElseThrow().volaAmt()).isEqualByComparingTo("40.00");
        }
    }
}
