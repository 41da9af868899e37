package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.ShortIntervalRepeatRule;
import org.fundclear.audit.rules.SplitSettlementRule;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R03 and R17 on hand-written persons in a small generated month: a case each must flag, one each must not, and
 * the values on either side of the threshold.
 */
class VisitRuleBoundariesTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    @TempDir
    Path dir;

    @Test
    void shortIntervalAndSplitSettlementsAtTheirThresholds() throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 300, 5));
        try (TestDatabase db = TestDatabase.h2()) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            WrittenMonth month = new WrittenMonth(db.dsl());
            // R03 (again within 4 h at the same institution): 3 h 59 min is short, 4 h 00 min is not
            month.settlement("T-R03-IN", "T-R03-IN-A", LocalDateTime.of(2026, 10, 5, 8, 0), "2026-10");
            month.settlement("T-R03-IN", "T-R03-IN-B", LocalDateTime.of(2026, 10, 5, 11, 59), "2026-10");
            month.settlement("T-R03-OUT", "T-R03-OUT-A", LocalDateTime.of(2026, 10, 6, 8, 0), "2026-10");
            month.settlement("T-R03-OUT", "T-R03-OUT-B", LocalDateTime.of(2026, 10, 6, 12, 0), "2026-10");
            // R17 (two or more settlements at one institution on one day): two on one day, versus one a day
            month.settlement("T-R17-IN", "T-R17-IN-A", LocalDateTime.of(2026, 10, 7, 8, 0), "2026-10");
            month.settlement("T-R17-IN", "T-R17-IN-B", LocalDateTime.of(2026, 10, 7, 17, 0), "2026-10");
            month.settlement("T-R17-OUT", "T-R17-OUT-A", LocalDateTime.of(2026, 10, 8, 8, 0), "2026-10");
            month.settlement("T-R17-OUT", "T-R17-OUT-B", LocalDateTime.of(2026, 10, 9, 8, 0), "2026-10");

            assertThat(own(db, new ShortIntervalRepeatRule())).containsExactly("T-R03-IN");
            // T-R03-IN and T-R03-OUT settle twice on one day too, so R17 names them with T-R17-IN
            assertThat(own(db, new SplitSettlementRule())).containsExactlyInAnyOrder("T-R03-IN", "T-R03-OUT",
                    "T-R17-IN");
            assertThat(own(db, new SplitSettlementRule(3))).as("a threshold of three").isEmpty();
        }
    }

    private static List<String> own(TestDatabase db, AuditRule rule) {
        return rule.evaluate(new AuditScope(db.dsl(), MONTH)).stream().map(Finding::subjectId)
                .filter(id -> id.startsWith("T-")).sorted().toList();
    }
}
