package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** R14: a consultation (limit 1 a day) twice on one day at one institution flags; once, or once at each of two, does not. */
class DailyItemFrequencyRuleTest {
    private static final String CONSULTATION = "001101000010000";

    @Test
    void twiceADayFlagsOnceDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.line(month.visit("TWICE", "T1", oct(5, 9, 0)), 1, CONSULTATION, "2", "10.00", null);
            month.line(month.visit("ONCE", "O1", oct(5, 9, 0)), 1, CONSULTATION, "1", "10.00", null);
            month.line(month.visit("ONCE", "O2", oct(6, 9, 0)), 1, CONSULTATION, "1", "10.00", null);
            month.line(month.visit("TWO-PLACES", "P1", oct(5, 9, 0), at("H1")), 1, CONSULTATION, "1", "10.00", null);
            month.line(month.visit("TWO-PLACES", "P2", oct(5, 10, 0), at("H2")), 1, CONSULTATION, "1", "10.00", null);

            assertThat(month.flagged(new DailyItemFrequencyRule())).containsExactly("TWICE");
            // half of the line is beyond the limit
            assertThat(month.findings(new DailyItemFrequencyRule()).getFirst().volaAmt()).isEqualByComparingTo("10.00");
            assertThat(month.flagged(new DailyItemFrequencyRule(Map.of(CONSULTATION, 2)))).as("limit 2").isEmpty();
        }
    }
}
