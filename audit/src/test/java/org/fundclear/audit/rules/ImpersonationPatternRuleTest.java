package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import org.junit.jupiter.api.Test;

/**
 * R22: three institutions within 30 minutes flag (10:00, 10:15, 10:30), the third a minute later (10:31) does not;
 * two cities on one day flag, two institutions of one city far apart do not.
 */
class ImpersonationPatternRuleTest {

    @Test
    void aBurstOfThreeInThirtyMinutesOrTwoCitiesInADayFlags() {
        try (RuleMonth month = new RuleMonth()) {
            month.visit("BURST", "B1", oct(5, 10, 0), at("H1"));
            month.visit("BURST", "B2", oct(5, 10, 15), at("H2"));
            month.visit("BURST", "B3", oct(5, 10, 30), at("H3"));
            month.visit("SLOWER", "S1", oct(5, 10, 0), at("H1"));
            month.visit("SLOWER", "S2", oct(5, 10, 15), at("H2"));
            month.visit("SLOWER", "S3", oct(5, 10, 31), at("H3"));
            month.visit("TWO-CITIES", "C1", oct(5, 8, 0), at("H1"));
            month.visit("TWO-CITIES", "C2", oct(5, 18, 0), at("H9").andThen(s -> s.setMdtrtareaAdmdvs("440100")));
            month.visit("ONE-CITY", "O1", oct(5, 8, 0), at("H1"));
            month.visit("ONE-CITY", "O2", oct(5, 18, 0), at("H2"));

            assertThat(month.flagged(new ImpersonationPatternRule())).containsExactly("BURST", "TWO-CITIES");
            assertThat(month.flagged(new ImpersonationPatternRule(3, 31))).as("within 31 minutes")
                    .containsExactly("BURST", "SLOWER", "TWO-CITIES");
            assertThat(month.flagged(new ImpersonationPatternRule(4, 30))).as("four institutions")
                    .containsExactly("TWO-CITIES");
        }
    }
}
