package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.model.CycleMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Peer groups, thresholds and the guard against Weka LOF's endless neighbour search, on fixed feature rows. */
class LocalOutlierFactorDetectorTest {
    private static final AuditScope SCOPE = new AuditScope(null, new CycleMonth(YearMonth.of(2026, 10)));

    @Test
    void flagsTheFarRowOfItsOwnGroupOnlyAndExplainsItAgainstThatGroup() {
        List<FeatureRow> rows = new ArrayList<>(cluster("A", 40, 0));
        rows.add(row("A", "far", 3.0, 0.9));
        rows.addAll(cluster("B", 40, 3.0)); // where "far" would be ordinary
        rows.addAll(cluster("C", 18, 0));   // 19 with "lonely": too small, skipped
        rows.add(row("C", "lonely", 9.0, 0.9));

        List<Finding> findings = new LocalOutlierFactorDetector("M-LOF-TEST", new Fixed(rows), null).detect(SCOPE);

        assertThat(findings).extracting(Finding::subjectId).containsExactly("far");
        Finding far = findings.get(0);
        assertThat(far.score()).as("calibrated strength of q ≤ 0.01").isGreaterThanOrEqualTo(0.25);
        assertThat(far.explanation()).contains("同类 A 共 41 个", "BH 校正 q=", "次均费用倍数 20.09倍，同类机构中位 1");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void groupsWithTooManyIdenticalRowsAreSkippedInsteadOfHanging() {
        List<FeatureRow> rows = new ArrayList<>(cluster("A", 5, 0));
        for (int i = 0; i < 20; i++) {
            rows.add(row("A", "same" + i, 0.5, 0.5));
        }
        List<FeatureRow> tenSame = new ArrayList<>(cluster("B", 20, 0));
        for (int i = 0; i < 10; i++) {
            tenSame.add(row("B", "same" + i, 0.5, 0.5));
        }
        rows.addAll(tenSame);
        assertThat(new LocalOutlierFactorDetector("M-LOF-TEST", new Fixed(rows), null).detect(SCOPE))
                .allMatch(f -> f.subjectId().startsWith("B"));
    }

    private static List<FeatureRow> cluster(String peer, int size, double centre) {
        SplittableRandom rng = new SplittableRandom(peer.hashCode());
        List<FeatureRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(row(peer, peer + i, centre + rng.nextGaussian() * 0.2, 0.4 + rng.nextGaussian() * 0.05));
        }
        return rows;
    }

    private static FeatureRow row(String peer, String id, double cost, double share) {
        return new FeatureRow(id, peer, BigDecimal.TEN, new double[] {cost, share});
    }

    /** A behaviour with fixed rows; its evidence is one made-up settlement per subject. */
    private record Fixed(List<FeatureRow> fixed) implements Behaviour {
        @Override public String modelId() { return "TEST"; }
        @Override public String description() { return "测试"; }
        @Override public SubjectType subjectType() { return SubjectType.INSTITUTION; }
        @Override public List<Feature> features() {
            return List.of(new Feature("cost", "次均费用倍数", "倍", Math::exp), Feature.plain("share", "占比", ""));
        }
        @Override public List<FeatureRow> rows(AuditScope scope) { return fixed; }
        @Override public List<String> evidence(AuditScope scope, String subjectId) { return List.of("S-" + subjectId); }
    }
}
