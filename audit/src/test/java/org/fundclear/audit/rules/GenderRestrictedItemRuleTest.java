package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R08: an item for women only (gend_limit 2) billed for a man flags, for a woman does not; a person of unknown sex
 * is not judged; the person file's sex wins over the settlement's.
 */
class GenderRestrictedItemRuleTest {

    @Test
    void anItemForWomenBilledForAManFlags() {
        try (RuleMonth month = new RuleMonth()) {
            month.item("FEMALE-ONLY", c -> c.setGendLimit("2"));
            month.item("ANY", c -> { });
            month.person("MAN", "1", LocalDate.of(1980, 1, 1), null);
            month.person("WOMAN", "2", LocalDate.of(1980, 1, 1), null);
            month.person("FILED-MAN", "1", LocalDate.of(1980, 1, 1), null);
            month.line(month.visit("MAN", "M1", oct(5, 9, 0)), 1, "FEMALE-ONLY", "1", "30.00", null);
            month.line(month.visit("MAN", "M2", oct(6, 9, 0)), 1, "ANY", "1", "30.00", null);
            month.line(month.visit("WOMAN", "W1", oct(5, 9, 0)), 1, "FEMALE-ONLY", "1", "30.00", null);
            month.line(month.visit("UNKNOWN", "U1", oct(5, 9, 0)), 1, "FEMALE-ONLY", "1", "30.00", null);
            month.line(month.visit("FILED-MAN", "F1", oct(5, 9, 0), s -> s.setGend("2")), 1, "FEMALE-ONLY", "1", "30.00", null);

            assertThat(month.flagged(new GenderRestrictedItemRule())).containsExactly("FILED-MAN", "MAN");
            assertThat(month.findings(new GenderRestrictedItemRule()).stream().filter(f -> f.subjectId().equals("MAN"))
                    .findFirst().orElseThrow().setlIds()).containsExactly("M1");
        }
    }
}
