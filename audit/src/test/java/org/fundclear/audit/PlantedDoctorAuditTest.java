package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.audit.evaluation.TruthEntry;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.InstitutionCostBehaviour;
import org.fundclear.audit.model.LocalOutlierFactorDetector;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor and peer-group LOF detectors alone on the planted 10,000-settlement month of
 * {@link PlantedMonthAuditTest} (H2): planted over-prescribing doctors are found, explained against their peers
 * and backed by their own costliest settlements; LOF runs in each institution peer group of 20 or more.
 */
class PlantedDoctorAuditTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    @TempDir
    Path dir;

    @Test
    void overprescribingDoctorsAreFoundAndExplainedAndLofRunsPerPeerGroup() throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 10_000, 7));
        PatternPlanter.plant(dir, OCTOBER, 7);
        List<TruthEntry> truth = TruthFile.read(dir.resolve("audit-truth.csv"));
        try (TestDatabase db = TestDatabase.h2()) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            ModelRegistry registry = new ModelRegistry(dir.resolve("models"), Clock.systemUTC());
            AuditScope scope = new AuditScope(db.dsl(), MONTH);

            // the prescribing model and the peer cost test, each calibrated (no top share)
            List<Finding> doctors = Detectors.standard(registry).stream()
                    .filter(d -> d.id().equals("M-IF-DOCTOR") || d.id().equals("M-PEER-DOCTOR"))
                    .flatMap(d -> d.detect(scope).stream()).toList();
            Set<String> planted = planted(truth, "DOCTOR_OVERPRESCRIBING");
            assertThat(planted).hasSize(4);
            assertThat(recall(doctors, planted)).as(summary(doctors)).isGreaterThanOrEqualTo(0.8);
            for (Finding f : doctors) {
                assertThat(f.subjectType()).isEqualTo(SubjectType.DOCTOR);
                assertThat(f.explanation()).contains("医师", "次均费用", "倍").matches(".*\\d.*");
                assertThat(f.setlIds()).isNotEmpty().hasSizeLessThanOrEqualTo(Finding.MAX_EVIDENCE)
                        .allSatisfy(id -> assertThat(prescribedBy(db.dsl(), id)).contains(f.subjectId()));
            }
            assertThat(doctors).as("a few of about 450 doctors").hasSizeLessThanOrEqualTo(10);

            List<Finding> lof = new LocalOutlierFactorDetector("M-LOF-INSTITUTION", new InstitutionCostBehaviour(),
                    registry).detect(scope);
            // LOF flags only factors beyond its group's fitted tail: none is required here (no institution is planted
            // for it), but any flag is explained and carries evidence
            assertThat(lof).allSatisfy(f -> {
                assertThat(f.score()).as("q ≤ 0.01").isGreaterThanOrEqualTo(0.25);
                assertThat(f.explanation()).contains("LOF", "BH 校正 q=", "同类机构中位");
                assertThat(f.setlIds()).isNotEmpty();
            });
            for (String group : List.of("CLINIC-1", "HOSPITAL-2", "HOSPITAL-3", "PHARMACY")) {
                assertThat(dir.resolve("models/M-LOF-INSTITUTION-" + group + "-2026-10.model")).exists();
            }
            assertThat(dir.resolve("models/M-LOF-INSTITUTION-HOSPITAL-1-2026-10.model"))
                    .as("6 level-1 hospitals: too few for LOF").doesNotExist();
        }
    }

    private static Set<String> planted(List<TruthEntry> truth, String pattern) {
        return truth.stream().filter(t -> t.pattern().equals(pattern)).map(TruthEntry::subjectId)
                .collect(Collectors.toSet());
    }

    private static double recall(List<Finding> findings, Set<String> planted) {
        return (double) findings.stream().map(Finding::subjectId).filter(planted::contains).distinct().count()
                / planted.size();
    }

    private static String summary(List<Finding> findings) {
        return findings.stream().map(f -> f.subjectId() + " " + "%.3f".formatted(f.score()) + " " + f.explanation())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> prescribedBy(DSLContext dsl, String setlId) {
        return dsl.resultQuery("SELECT DISTINCT bilg_dr_code FROM fee_line WHERE setl_id = ?", setlId)
                .fetch(0, String.class);
    }
}
