package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import org.fundclear.audit.evaluation.AuditEvaluation;
import org.fundclear.audit.evaluation.EvaluationReport;
import org.fundclear.audit.evaluation.PatternRecall;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance figures on a generated 10,000-settlement month with planted patterns (H2; the same SQL
 * runs on PostgreSQL in {@link AuditOnEveryDatabaseTest}). Other seeds: ./fundclear audit-eval.
 */
class PlantedMonthAuditTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    @TempDir
    Path dir;

    @Test
    void plantedPatternsAreFoundRankedFirstAndLookalikesLeftAlone() throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 10_000, 7));
        PatternPlanter.plant(dir, OCTOBER, 7);
        try (TestDatabase db = TestDatabase.h2()) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            new AuditEngine(RuleSet.defaults(),
                    Detectors.standard(new ModelRegistry(dir.resolve("models"), Clock.systemUTC())),
                    Clock.systemUTC()).run(db.dsl(), MONTH);
            EvaluationReport report = AuditEvaluation.evaluate(db.dsl(), MONTH,
                    TruthFile.read(dir.resolve("audit-truth.csv")), 50);

            for (PatternRecall p : report.patterns()) {
                if (p.label().equals("FRAUD")) {
                    assertThat(p.rate()).as(p.pattern() + "\n" + report.table())
                            .isGreaterThanOrEqualTo(p.backing().equals("RULE") ? 0.9 : 0.8);
                }
            }
            assertThat(report.precisionAtPlanted()).as(report.table()).isGreaterThanOrEqualTo(0.9);
            assertThat(report.lookalikeFpRate()).as(report.table()).isLessThanOrEqualTo(0.02);
            // Every ring member's M-RING finding names a ring stored whole as a group record with that member.
            var ringFindings = db.dsl().resultQuery("SELECT subject_id, explanation FROM audit_finding"
                    + " WHERE cycle_month = ? AND rule_id = 'M-RING'", MONTH.toString()).fetch();
            assertThat(ringFindings).isNotEmpty();
            for (var finding : ringFindings) {
                String ringId = finding.get(1, String.class).replaceAll("^[^（]*（(RING-[^）]+)）.*$", "$1");
                assertThat(db.dsl().resultQuery("SELECT 1 FROM audit_ring_member m JOIN audit_ring r"
                        + " ON r.cycle_month = m.cycle_month AND r.ring_id = m.ring_id WHERE m.cycle_month = ?"
                        + " AND m.ring_id = ? AND m.psn_no = ? AND r.member_count >= 3 AND r.drug_similarity >= 0"
                        + " AND r.drug_similarity <= 1", MONTH.toString(), ringId,
                        finding.get(0, String.class)).fetch()).as(ringId).hasSize(1);
            }
            Object[] saved = ModelRegistry.load(dir.resolve("models/M-IF-SHOPPING-2026-10.model"));
            assertThat(saved[0]).isInstanceOf(weka.classifiers.misc.IsolationForest.class);
            assertThat(((weka.core.Instances) saved[1]).numAttributes()).as("4 features and the dummy class").isEqualTo(5);
            assertThat(dir.resolve("models/M-IF-SHOPPING-2026-10.manifest")).content().contains("weka_version=", "seed=42", "features=visits");
        }
    }
}
