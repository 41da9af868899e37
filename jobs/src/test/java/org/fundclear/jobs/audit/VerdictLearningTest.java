package org.fundclear.jobs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;

import java.nio.file.Path;
import java.time.YearMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.audit.PatternPlanter.PatternSet;
import org.fundclear.jobs.TestApplication;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Verdicts on one month re-rank a later, held-out month generated from another seed: its queue is not worse than
 * the rules' own order, and every re-ranked case says what moved it.
 */
class VerdictLearningTest {

    @Test
    void verdictsOnOneMonthRaiseTheNextMonthsPrecision(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.h2(); ConfigurableApplicationContext context = TestApplication.start(db)) {
            var r = VerdictLearningEvaluation.run(context, dir, new VerdictLearningEvaluation.Months(
                    YearMonth.of(2026, 9), 21, 22, 3000, Background.DEFAULT, PatternSet.STANDARD), 120, 30);
            assertThat(r.verdicts().casesApplied()).as("decided cases to learn from").isGreaterThanOrEqualTo(20);
            assertThat(r.after().precisionAtPlanted()).as("held-out precision@k, learned vs rules only")
                    .isGreaterThanOrEqualTo(r.before().precisionAtPlanted());
            assertThat(r.after().aucPrCases()).isGreaterThanOrEqualTo(r.before().aucPrCases() - 0.01);
            assertThat(db.dsl().fetchCount(AUDIT_CASE, AUDIT_CASE.CYCLE_MONTH.eq(r.heldOut().toString())
                    .and(AUDIT_CASE.RANK_BASIS.like("learned from % verdicts: P(confirmed) %")))).isPositive();
            System.out.printf("held-out precision@k %.3f -> %.3f, AUC-PR %.3f -> %.3f%n",
                    r.before().precisionAtPlanted(), r.after().precisionAtPlanted(), r.before().aucPrCases(),
                    r.after().aucPrCases());
        }
    }
}
