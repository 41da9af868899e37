package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R15: HbA1c at most once in 28 days: again after 27 days flags, after 28 does not; the earlier billing may be in
 * an earlier month and at another provider.
 */
class PeriodicItemFrequencyRuleTest {
    private static final String HBA1C = "002503030120000";

    @Test
    void againAfterTwentySevenDaysFlagsAfterTwentyEightDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.line(month.visit("SOON", "S1", LocalDateTime.of(2026, 9, 20, 9, 0), at("H1")), 1, HBA1C, "1", "60.00", null);
            month.line(month.visit("SOON", "S2", oct(17, 9, 0), at("H2")), 1, HBA1C, "1", "60.00", null);
            month.line(month.visit("AT", "A1", LocalDateTime.of(2026, 9, 20, 9, 0)), 1, HBA1C, "1", "60.00", null);
            month.line(month.visit("AT", "A2", oct(18, 9, 0)), 1, HBA1C, "1", "60.00", null);

            assertThat(month.flagged(new PeriodicItemFrequencyRule())).containsExactly("SOON");
            assertThat(month.findings(new PeriodicItemFrequencyRule()).getFirst().setlIds()).containsExactlyInAnyOrder("S1", "S2");
            assertThat(month.flagged(new PeriodicItemFrequencyRule(Map.of(HBA1C, 27)))).as("27 days").isEmpty();
            assertThat(month.flagged(new PeriodicItemFrequencyRule(Map.of(HBA1C, 29)))).as("29 days").containsExactly("AT", "SOON");
        }
    }
}
