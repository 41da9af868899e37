package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.medType;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R04: a stay from 5 to 10 October; a visit on the 6th or the 9th (just inside) flags, on the admission day (5th)
 * or the discharge day (10th) does not, nor one of another person.
 */
class OutpatientDuringInpatientStayRuleTest {

    @Test
    void onlyVisitsStrictlyInsideTheStayFlag() {
        try (RuleMonth month = new RuleMonth()) {
            month.visit("IN", "STAY", oct(10, 15, 0), medType("21").andThen(s -> {
                s.setBegndate(LocalDate.of(2026, 10, 5));
                s.setEnddate(LocalDate.of(2026, 10, 10));
            }));
            month.visit("IN", "ADMISSION-DAY", oct(5, 9, 0));
            month.visit("IN", "INSIDE-FIRST", oct(6, 9, 0));
            month.visit("IN", "INSIDE-LAST", oct(9, 23, 0), medType("41"));
            month.visit("IN", "DISCHARGE-DAY", oct(10, 16, 0));
            month.visit("OTHER", "OTHER", oct(7, 9, 0));

            assertThat(month.flagged(new OutpatientDuringInpatientStayRule())).containsExactly("IN");
            assertThat(month.findings(new OutpatientDuringInpatientStayRule()).getFirst().setlIds())
                    .containsExactly("INSIDE-FIRST", "INSIDE-LAST");
        }
    }
}
