package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.model.Detector;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.DoctorPrescribingBehaviour;
import org.fundclear.audit.model.FeatureRow;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The doctor behaviour's SQL (doctor-months, evidence) and both new detectors run on H2 and on PostgreSQL. */
class DoctorAndLofOnEveryDatabaseTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void doctorMonthsEvidenceAndLofFindings(DatabaseVendor vendor) throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 3000, 11));
        PatternPlanter.plant(dir, OCTOBER, 11, 2);
        try (TestDatabase db = TestDatabase.create(vendor)) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            AuditScope scope = new AuditScope(db.dsl(), MONTH);

            DoctorPrescribingBehaviour doctors = new DoctorPrescribingBehaviour();
            List<FeatureRow> rows = doctors.rows(scope);
            assertThat(rows).hasSizeGreaterThan(20).allSatisfy(r -> {
                assertThat(r.features()).hasSize(doctors.features().size());
                assertThat(Arrays.stream(r.features()).allMatch(Double::isFinite)).isTrue();
                assertThat(r.paid().scale()).isEqualTo(2);
            });
            FeatureRow planted = rows.stream().filter(r -> r.subjectId().endsWith("-P1")).findFirst().orElseThrow();
            assertThat(Math.exp(planted.features()[0])).as("cost against peers").isGreaterThan(2);
            assertThat(doctors.evidence(scope, planted.subjectId())).hasSizeBetween(8, 11)
                    .allMatch(id -> id.startsWith("SP"));

            List<Detector> detectors = Detectors.standard(new ModelRegistry(dir.resolve("models"), Clock.systemUTC()))
                    .stream().filter(d -> d.id().equals("M-IF-DOCTOR") || d.id().equals("M-LOF-INSTITUTION")).toList();
            assertThat(detectors).hasSize(2);
            for (Detector detector : detectors) {
                List<Finding> findings = detector.detect(scope);
                assertThat(findings).as(detector.id()).allSatisfy(f -> {
                    assertThat(f.subjectType()).isIn(SubjectType.DOCTOR, SubjectType.INSTITUTION);
                    assertThat(f.explanation()).matches(".*\\d.*");
                });
            }
        }
    }
}
