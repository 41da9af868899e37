package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.audit.evaluation.TruthEntry;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.model.HouseholdPharmacyDetector;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.generator.audit.PatternPlanter.PatternSet;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The household possession test through SQL on H2 and PostgreSQL: on the alt background (one person block in five a
 * household sharing its pharmacy), the members of the planted split households are flagged, and no member of an
 * ordinary household.
 */
class HouseholdSplitOnEveryDatabaseTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void flagsThePlantedSplitAndNoOrdinaryHousehold(DatabaseVendor vendor) throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 4000, 19, Background.ALT));
        PatternPlanter.plant(dir, OCTOBER, 19, 2, PatternSet.UNSEEN);
        Set<String> planted = TruthFile.read(dir.resolve("audit-truth.csv")).stream()
                .filter(t -> t.pattern().equals("HOUSEHOLD_SPLIT_HOARDING")).map(TruthEntry::subjectId)
                .collect(Collectors.toSet());
        try (TestDatabase db = TestDatabase.create(vendor)) {
            MonthLoader.load(db.dsl(), dir, new CycleMonth(OCTOBER));
            var findings = new HouseholdPharmacyDetector().detect(new AuditScope(db.dsl(), new CycleMonth(OCTOBER)));

            assertThat(planted).as("one planted household of three").hasSize(3);
            assertThat(findings).extracting(Finding::subjectId).containsExactlyInAnyOrderElementsOf(planted);
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.score()).as("a signal of its own").isGreaterThanOrEqualTo(0.5);
                assertThat(f.volaAmt().signum()).isPositive();
                assertThat(f.setlIds()).hasSize(3);
                assertThat(f.explanation()).contains("家庭共济分散囤药");
            });
        }
    }
}
