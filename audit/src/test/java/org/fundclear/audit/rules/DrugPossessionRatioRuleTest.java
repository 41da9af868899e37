package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** R07: 136 days of a drug in the 90-day window (ratio 1.51 > 1.5) flags, 135 days (1.5) does not. */
class DrugPossessionRatioRuleTest {

    @Test
    void oneDayAboveOneAndAHalfTimesTheWindowFlags() {
        try (RuleMonth month = new RuleMonth()) {
            month.line(month.visit("OVER", "O1", LocalDateTime.of(2026, 9, 10, 9, 0), medType("41")), 1, "DRUG", "1", "68.00", 68);
            month.line(month.visit("OVER", "O2", oct(10, 9, 0), medType("41")), 1, "DRUG", "1", "68.00", 68);
            month.line(month.visit("AT", "A1", LocalDateTime.of(2026, 9, 10, 9, 0), medType("41")), 1, "DRUG", "1", "68.00", 68);
            month.line(month.visit("AT", "A2", oct(10, 9, 0), medType("41")), 1, "DRUG", "1", "67.00", 67);

            assertThat(month.flagged(new DrugPossessionRatioRule())).containsExactly("OVER");
            assertThat(month.flagged(new DrugPossessionRatioRule(90, 1.6))).as("ratio 1.6").isEmpty();
            assertThat(month.flagged(new DrugPossessionRatioRule(90, 1.4))).as("ratio 1.4").containsExactly("AT", "OVER");
        }
    }
}
