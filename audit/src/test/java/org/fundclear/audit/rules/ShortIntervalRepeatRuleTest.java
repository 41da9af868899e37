package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R03: again at the same institution after 3 h 59 min flags, after 4 h 00 min does not; another institution does not. */
class ShortIntervalRepeatRuleTest {

    @Test
    void underFourHoursFlagsFourHoursDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.visit("UNDER", "U1", oct(5, 8, 0));
            month.visit("UNDER", "U2", oct(5, 11, 59));
            month.visit("AT", "A1", oct(6, 8, 0));
            month.visit("AT", "A2", oct(6, 12, 0));
            month.visit("ELSEWHERE", "E1", oct(7, 8, 0), at("H1"));
            month.visit("ELSEWHERE", "E2", oct(7, 8, 30), at("H2"));

            assertThat(month.flagged(new ShortIntervalRepeatRule())).containsExactly("UNDER");
            assertThat(month.findings(new ShortIntervalRepeatRule()).getFirst().setlIds()).containsExactly("U1", "U2");
            assertThat(month.flagged(new ShortIntervalRepeatRule(5))).as("threshold 5 h").containsExactly("AT", "UNDER");
        }
    }
}
