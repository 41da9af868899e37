package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R27: a filing valid from the settlement's day, or until it, covers it; one starting the day after or ending the
 * day before does not; a province-wide filing covers its cities; an emergency needs none.
 */
class FilingMismatchRuleTest {

    @Test
    void aFilingCoversItsFirstAndLastDayOnly() {
        try (RuleMonth month = new RuleMonth()) {
            LocalDate day = LocalDate.of(2026, 10, 10);
            file(month, "STARTS-THAT-DAY", "530100", day, null);
            file(month, "STARTS-NEXT-DAY", "530100", day.plusDays(1), null);
            file(month, "ENDS-THAT-DAY", "530100", day.minusMonths(6), day);
            file(month, "ENDED-DAY-BEFORE", "530100", day.minusMonths(6), day.minusDays(1));
            file(month, "PROVINCE", "530000", day.minusMonths(6), null);
            file(month, "OTHER-PLACE", "440100", day.minusMonths(6), null);
            month.visit("EMERGENCY", "EMERGENCY", oct(10, 9, 0), medType("13"));

            assertThat(month.flagged(new FilingMismatchRule()))
                    .containsExactly("ENDED-DAY-BEFORE", "OTHER-PLACE", "STARTS-NEXT-DAY");
        }
    }

    private static void file(RuleMonth month, String psn, String dest, LocalDate from, LocalDate to) {
        month.filing(psn, dest, from, to);
        month.visit(psn, psn, oct(10, 9, 0));
    }
}
