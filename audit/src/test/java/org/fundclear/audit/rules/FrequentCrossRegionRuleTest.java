package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.oct;
import static org.fundclear.audit.rules.RuleMonth.paying;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * R26: 5 cross-province visits paying 3000.00 flag (both thresholds met exactly); 4 visits paying 3000.00, or 5
 * paying 2999.95, do not; nor 5 visits inside the insured province.
 */
class FrequentCrossRegionRuleTest {

    @Test
    void fiveVisitsAndThreeThousandFlagOneLessOfEitherDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            for (int day = 1; day <= 5; day++) {
                month.visit("AT", "A" + day, oct(day, 9, 0), paying("600.00"));
                month.visit("CHEAPER", "C" + day, oct(day, 9, 0), paying("599.99"));
                month.visit("IN-PROVINCE", "I" + day, oct(day, 9, 0),
                        paying("600.00").andThen(s -> s.setMdtrtareaAdmdvs("110200")));
                if (day <= 4) {
                    month.visit("FEWER", "F" + day, oct(day, 9, 0), paying("750.00"));
                }
            }
            assertThat(month.flagged(new FrequentCrossRegionRule())).containsExactly("AT");
            assertThat(month.flagged(new FrequentCrossRegionRule(4, new BigDecimal("2999.95")))).as("one less of each")
                    .containsExactly("AT", "CHEAPER", "FEWER");
            assertThat(month.flagged(new FrequentCrossRegionRule(6, new BigDecimal("3000.00")))).isEmpty();
            assertThat(month.flagged(new FrequentCrossRegionRule(5, new BigDecimal("3000.01")))).isEmpty();
        }
    }
}
