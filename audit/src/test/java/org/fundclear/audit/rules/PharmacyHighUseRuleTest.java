package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;
import static org.fundclear.audit.rules.RuleMonth.paying;

import org.junit.jupiter.api.Test;

/**
 * R20: above the customers' P99 in both count and spend, and at least 6 purchases. Among 200 customers of one
 * purchase, 6 purchases flag and 5 do not (the minimum); with P50 over counts 1, 2, 3 the customer of 3 flags and
 * the one of 2, at the percentile itself, does not; a high count without a high spend does not.
 */
class PharmacyHighUseRuleTest {

    @Test
    void sixPurchasesAbovePercentileFlagFiveDoNot() {
        try (RuleMonth month = new RuleMonth()) {
            for (int i = 0; i < 200; i++) {
                month.visit("CUSTOMER" + i, "C" + i, oct(1 + i % 28, 9, 0), medType("41").andThen(paying("10.00")));
            }
            for (int i = 1; i <= 6; i++) {
                month.visit("SIX", "SIX" + i, oct(i, 9, 0), medType("41").andThen(paying("100.00")));
                if (i <= 5) {
                    month.visit("FIVE", "FIVE" + i, oct(i, 9, 0), medType("41").andThen(paying("120.00")));
                }
            }
            assertThat(month.flagged(new PharmacyHighUseRule())).containsExactly("SIX");
            assertThat(month.flagged(new PharmacyHighUseRule(99, 7))).as("at least 7").isEmpty();
            assertThat(month.flagged(new PharmacyHighUseRule(99, 5))).as("at least 5").containsExactly("FIVE", "SIX");
        }
    }

    @Test
    void theCustomerAtThePercentileIsNotFlagged() {
        try (RuleMonth month = new RuleMonth()) {
            for (int i = 1; i <= 3; i++) {
                month.visit("THREE", "T" + i, oct(i, 9, 0), medType("41"));
                if (i <= 2) {
                    month.visit("TWO", "W" + i, oct(i, 9, 0), medType("41"));
                }
            }
            month.visit("ONE", "O1", oct(1, 9, 0), medType("41"));
            assertThat(month.flagged(new PharmacyHighUseRule(50, 1))).containsExactly("THREE");
            month.visit("CHEAP", "CH1", oct(1, 9, 0), medType("41").andThen(paying("1.00")));
            month.visit("CHEAP", "CH2", oct(2, 9, 0), medType("41").andThen(paying("1.00")));
            month.visit("CHEAP", "CH3", oct(3, 9, 0), medType("41").andThen(paying("1.00")));
            month.visit("CHEAP", "CH4", oct(4, 9, 0), medType("41").andThen(paying("1.00")));
            assertThat(month.flagged(new PharmacyHighUseRule(50, 1))).as("many purchases, little spend")
                    .containsExactly("THREE");
        }
    }
}
