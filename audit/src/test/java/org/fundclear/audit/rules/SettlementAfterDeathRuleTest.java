package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R05: death on 10 October; a settlement on the 11th (any med_type) flags, one on the 10th itself does not. */
class SettlementAfterDeathRuleTest {

    @Test
    void theDayAfterDeathFlagsTheDayOfDeathDoesNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.person("DEAD", "1", LocalDate.of(1950, 1, 1), LocalDate.of(2026, 10, 10));
            month.person("ALIVE", "1", LocalDate.of(1950, 1, 1), null);
            month.visit("DEAD", "DEATH-DAY", oct(10, 23, 0));
            month.visit("DEAD", "DAY-AFTER", oct(11, 8, 0), medType("41"));
            month.visit("ALIVE", "ALIVE", oct(20, 8, 0));

            assertThat(month.flagged(new SettlementAfterDeathRule())).containsExactly("DEAD");
            assertThat(month.findings(new SettlementAfterDeathRule()).getFirst().setlIds()).containsExactly("DAY-AFTER");
        }
    }
}
