package org.fundclear.audit.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A partitioned audit's stage results kept exactly between the partition and the run's store step. */
class StageFindingsTest {
    private static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 9));

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aStageRunAgainReplacesItsFindingsAndTheyReadBackExactlyInThePlansOrder(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            var dsl = db.dsl();
            long run = new FindingRepository(Clock.systemUTC()).startRun(dsl, MONTH, "v1", "{}");
            Finding model = finding("M-IF-SHOPPING", "P1", 0.123456789012345678, "1234.50", List.of("S1", "S2"));
            Finding rule = finding("R01", "P2", 1.0 / 3, "0.07", List.of("S3"));
            StageFindings.replace(dsl, run, "R01", List.of(rule, finding("R01", "P9", 0.5, "1", List.of("S9"))), 40);
            StageFindings.replace(dsl, run, "M-IF-SHOPPING", List.of(model), 2_000);
            // the R01 partition ran again (its worker died after its first commit): its rows are replaced, not added
            StageFindings.replace(dsl, run, "R01", List.of(rule), 30);

            List<String> order = List.of("M-IF-SHOPPING", "R01", "R02");
            assertThat(StageFindings.read(dsl, run, order)).containsExactly(model, rule);
            assertThat(StageFindings.millis(dsl, run, order)).containsExactly(
                    java.util.Map.entry("M-IF-SHOPPING", 2_000L), java.util.Map.entry("R01", 30L));

            StageFindings.forgetMonth(dsl, MONTH);
            assertThat(StageFindings.read(dsl, run, order)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void anAmountFinerThanAFenIsRefusedRatherThanRounded(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            long run = new FindingRepository(Clock.systemUTC()).startRun(db.dsl(), MONTH, "v1", "{}");
            assertThatThrownBy(() -> StageFindings.replace(db.dsl(), run, "R01",
                    List.of(finding("R01", "P1", 1, "0.005", List.of("S1"))), 1))
                    .hasMessageContaining("finer than a fen");
        }
    }

    private static Finding finding(String rule, String person, double score, String amount, List<String> ids) {
        return new Finding(SubjectType.PERSON, person, rule, Certainty.SUSPECTED, score, new BigDecimal(amount), ids, ids.size() + 1, "依据 " + rule + " " + person);
    }
}
