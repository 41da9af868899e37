package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** R16: a cap of 50: a unit price of 50.01 flags (the excess × quantity), 50.00 does not; no cap, no judgement. */
class PriceCapRuleTest {

    @Test
    void aFenAboveTheCapFlagsTheCapDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.item("CAPPED", c -> c.setPriceCap(new BigDecimal("50.0000")));
            month.item("UNCAPPED", c -> { });
            month.line(month.visit("ABOVE", "A1", oct(5, 9, 0)), 1, "CAPPED", "100", "50.01", null);
            month.line(month.visit("AT", "C1", oct(5, 9, 0)), 1, "CAPPED", "100", "50.00", null);
            month.line(month.visit("FREE", "F1", oct(5, 9, 0)), 1, "UNCAPPED", "1", "900.00", null);

            assertThat(month.flagged(new PriceCapRule())).containsExactly("ABOVE");
            assertThat(month.findings(new PriceCapRule()).getFirst().volaAmt()).isEqualByComparingTo("1.00");
        }
    }
}
