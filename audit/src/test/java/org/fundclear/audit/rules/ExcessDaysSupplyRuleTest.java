package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R06: one day above each limit (general 8 > 7, emergency 4 > 3, pharmacy 85 > 84) flags, the limit itself does not. */
class ExcessDaysSupplyRuleTest {

    @Test
    void oneDayBeyondEachLimitFlagsTheLimitDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.line(month.visit("GEN-OVER", "G8", oct(5, 9, 0)), 1, "D1", "1", "80.00", 8);
            month.line(month.visit("GEN-AT", "G7", oct(5, 9, 0)), 1, "D1", "1", "70.00", 7);
            month.line(month.visit("EMG-OVER", "E4", oct(5, 9, 0), medType("13")), 1, "D1", "1", "40.00", 4);
            month.line(month.visit("EMG-AT", "E3", oct(5, 9, 0), medType("13")), 1, "D1", "1", "30.00", 3);
            month.line(month.visit("PHA-OVER", "P85", oct(5, 9, 0), medType("41")), 1, "D1", "1", "85.00", 85);
            month.line(month.visit("PHA-AT", "P84", oct(5, 9, 0), medType("41")), 1, "D1", "1", "84.00", 84);

            assertThat(month.flagged(new ExcessDaysSupplyRule())).containsExactly("EMG-OVER", "GEN-OVER", "PHA-OVER");
            // the share beyond the limit: 80 × 1 / 8
            assertThat(month.findings(new ExcessDaysSupplyRule()).stream().filter(f -> f.subjectId().equals("GEN-OVER"))
                    .findFirst().orElseThrow().volaAmt()).isEqualByComparingTo("10.00");
            assertThat(month.flagged(new ExcessDaysSupplyRule(8, 4, 85))).as("limits one day higher").isEmpty();
        }
    }
}
