package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R17: two settlements at one institution on one day flag (N = 2), one a day, or one at each of two places, do not. */
class SplitSettlementRuleTest {

    @Test
    void twoOnOneDayAtOneInstitutionFlag() {
        try (RuleMonth month = new RuleMonth()) {
            month.visit("SPLIT", "S1", oct(7, 8, 0));
            month.visit("SPLIT", "S2", oct(7, 17, 0));
            month.visit("DAILY", "D1", oct(8, 8, 0));
            month.visit("DAILY", "D2", oct(9, 8, 0));
            month.visit("TWO-PLACES", "P1", oct(8, 8, 0), at("H1"));
            month.visit("TWO-PLACES", "P2", oct(8, 9, 0), at("H2"));

            assertThat(month.flagged(new SplitSettlementRule())).containsExactly("SPLIT");
            assertThat(month.flagged(new SplitSettlementRule(3))).as("threshold 3").isEmpty();
        }
    }
}
