package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.util.List;
import org.fundclear.audit.rules.MutuallyExclusiveItemsRule.ExclusivePair;
import org.junit.jupiter.api.Test;

/**
 * R13: B beside A at the same institution on the same day flags (B's amount); on the next day, at another
 * institution, or B alone does not; a pair not in the list is not judged.
 */
class MutuallyExclusiveItemsRuleTest {
    private static final String A = "001102000020000";
    private static final String B = "001101000010000";

    @Test
    void onlyTheSameDayAtTheSameInstitutionFlags() {
        try (RuleMonth month = new RuleMonth()) {
            String same = month.visit("SAME-DAY", "S1", oct(5, 9, 0));
            month.line(same, 1, A, "1", "15.00", null);
            month.line(month.visit("SAME-DAY", "S2", oct(5, 23, 0)), 1, B, "1", "10.00", null);
            month.line(month.visit("NEXT-DAY", "N1", oct(5, 23, 59)), 1, A, "1", "15.00", null);
            month.line(month.visit("NEXT-DAY", "N2", oct(6, 0, 0)), 1, B, "1", "10.00", null);
            month.line(month.visit("ELSEWHERE", "E1", oct(5, 9, 0), at("H1")), 1, A, "1", "15.00", null);
            month.line(month.visit("ELSEWHERE", "E2", oct(5, 10, 0), at("H2")), 1, B, "1", "10.00", null);
            month.line(month.visit("B-ONLY", "B1", oct(5, 9, 0)), 1, B, "1", "10.00", null);

            assertThat(month.flagged(new MutuallyExclusiveItemsRule())).containsExactly("SAME-DAY");
            assertThat(month.findings(new MutuallyExclusiveItemsRule()).getFirst().setlIds()).containsExactly("S2");
            assertThat(month.findings(new MutuallyExclusiveItemsRule()).getFirst().volaAmt()).isEqualByComparingTo("10.00");
            assertThat(month.flagged(new MutuallyExclusiveItemsRule(List.of(new ExclusivePair(B, A)))))
                    .as("the pair the other way round: A is never billed after B here").containsExactly("SAME-DAY");
            assertThat(month.flagged(new MutuallyExclusiveItemsRule(List.of(new ExclusivePair("X1", "X2"))))).isEmpty();
        }
    }
}
