package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/** R01: N or more institutions on one day flags (3 at N = 3), N − 1 does not; the day, not the month, counts. */
class SameDayMultiInstitutionRuleTest {

    @Test
    void threeInstitutionsOnOneDayFlagTwoDoNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.visit("AT", "AT1", oct(5, 8, 0), at("H1"));
            month.visit("AT", "AT2", oct(5, 11, 0), at("H2"));
            month.visit("AT", "AT3", oct(5, 16, 0), at("H3"));
            month.visit("BELOW", "B1", oct(5, 8, 0), at("H1"));
            month.visit("BELOW", "B2", oct(5, 11, 0), at("H2"));
            month.visit("BELOW", "B3", oct(5, 16, 0), at("H2"));
            // three institutions, but on two days
            month.visit("SPREAD", "C1", oct(5, 8, 0), at("H1"));
            month.visit("SPREAD", "C2", oct(5, 11, 0), at("H2"));
            month.visit("SPREAD", "C3", oct(6, 8, 0), at("H3"));

            assertThat(month.flagged(new SameDayMultiInstitutionRule())).containsExactly("AT");
            assertThat(month.findings(new SameDayMultiInstitutionRule()).getFirst().setlIds())
                    .containsExactly("AT1", "AT2", "AT3");
            assertThat(month.flagged(new SameDayMultiInstitutionRule(4))).as("threshold 4").isEmpty();
            assertThat(month.flagged(new SameDayMultiInstitutionRule(2))).as("threshold 2").containsExactly("AT", "BELOW", "SPREAD");
        }
    }
}
