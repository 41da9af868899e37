package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R09: an item for ages 18 to 60. On 5 October 2026 a person born 6 October 2008 is 17 (flags), one born 5 October
 * 2008 turns 18 that day (does not); one born 6 October 1965 is 60 (does not), one born 5 October 1965 turns 61 (flags).
 * The year edges guard the SQL's prefilter on years alone: born 31 December 2008 is 17 though the years differ by 18,
 * born 1 January 1965 is 61 though they differ by 61; 1 January 2008 and 31 December 1965 are inside the range.
 */
class AgeRestrictedItemRuleTest {

    @Test
    void agesOneDayOutsideTheRangeFlagTheEdgesDoNot() {
        try (RuleMonth month = new RuleMonth()) {
            month.item("ADULT", c -> {
                c.setMinAge((short) 18);
                c.setMaxAge((short) 60);
            });
            bill(month, "AGED-17", LocalDate.of(2008, 10, 6));
            bill(month, "AGED-18", LocalDate.of(2008, 10, 5));
            bill(month, "AGED-60", LocalDate.of(1965, 10, 6));
            bill(month, "AGED-61", LocalDate.of(1965, 10, 5));
            bill(month, "DEC-2008", LocalDate.of(2008, 12, 31));
            bill(month, "JAN-2008", LocalDate.of(2008, 1, 1));
            bill(month, "JAN-1965", LocalDate.of(1965, 1, 1));
            bill(month, "DEC-1965", LocalDate.of(1965, 12, 31));

            assertThat(month.flagged(new AgeRestrictedItemRule()))
                    .containsExactlyInAnyOrder("AGED-17", "AGED-61", "DEC-2008", "JAN-1965");
        }
    }

    private static void bill(RuleMonth month, String psn, LocalDate birth) {
        month.person(psn, "1", birth, null);
        month.line(month.visit(psn, psn + "-S", oct(5, 9, 0)), 1, "ADULT", "1", "20.00", null);
    }
}
