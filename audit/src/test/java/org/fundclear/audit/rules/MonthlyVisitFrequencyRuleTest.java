package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R02: more than 15 visits flags (16), 15 does not; chronic-disease visits (med_type 14) are not counted. */
class MonthlyVisitFrequencyRuleTest {

    @Test
    void sixteenVisitsFlagFifteenDoNot() {
        try (RuleMonth month = new RuleMonth()) {
            for (int day = 1; day <= 16; day++) {
                month.visit("OVER", "O" + day, oct(day, 9, 0));
                if (day <= 15) {
                    month.visit("AT", "A" + day, oct(day, 9, 0));
                    month.visit("CHRONIC", "C" + day, oct(day, 9, 0));
                }
            }
            month.visit("CHRONIC", "C16", oct(20, 9, 0), medType("14"));

            assertThat(month.flagged(new MonthlyVisitFrequencyRule())).containsExactly("OVER");
            assertThat(month.findings(new MonthlyVisitFrequencyRule()).getFirst().volaAmt()).isEqualByComparingTo("1600.00");
            assertThat(month.flagged(new MonthlyVisitFrequencyRule(16))).as("threshold 16").isEmpty();
            assertThat(month.flagged(new MonthlyVisitFrequencyRule(14))).as("threshold 14")
                    .containsExactly("AT", "CHRONIC", "OVER");
        }
    }
}
