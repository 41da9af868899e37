package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.audit.rules.RuleMonth.at;
import static org.fundclear.audit.rules.RuleMonth.oct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.IntStream;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.junit.jupiter.api.Test;

/**
 * R23: four peers whose five visits cost 90, 95, 100, 105 and 110 (typical cost: their geometric mean G) and a
 * fifth institution whose five visits each cost c. c a fen above 2 G flags, a fen below does not (ratio threshold
 * 2); at a cost far beyond it, z just above and just below the threshold decides; four visits, or four peers in
 * all, are not judged.
 */
class InstitutionCostPerVisitRuleTest {
    private static final double[] PEER_COSTS = {90, 95, 100, 105, 110};
    private static final double TYPICAL = Math.exp(IntStream.range(0, 5).mapToDouble(i -> Math.log(PEER_COSTS[i])).sum() / 5);

    @Test
    void aFenAboveTwiceThePeersFlagsAFenBelowDoesNot() {
        assertThat(flaggedAt(twiceTypical().add(new BigDecimal("0.01")), 5, 4, new InstitutionCostPerVisitRule()))
                .as("a fen above 2 G").isTrue();
        assertThat(flaggedAt(twiceTypical().subtract(new BigDecimal("0.01")), 5, 4, new InstitutionCostPerVisitRule()))
                .as("a fen below 2 G").isFalse();
    }

    @Test
    void zDecidesBeyondTheRatioAndSmallGroupsAreNotJudged() {
        BigDecimal cost = new BigDecimal("300.00");
        double z = expectedZ(300.00);
        assertThat(flaggedAt(cost, 5, 4, new InstitutionCostPerVisitRule(z - 0.01, 2.0, 5, 5))).as("z just above").isTrue();
        assertThat(flaggedAt(cost, 5, 4, new InstitutionCostPerVisitRule(z + 0.01, 2.0, 5, 5))).as("z just below").isFalse();
        assertThat(flaggedAt(cost, 4, 4, new InstitutionCostPerVisitRule())).as("four visits").isFalse();
        assertThat(flaggedAt(cost, 5, 3, new InstitutionCostPerVisitRule())).as("four institutions").isFalse();
    }

    /**
     * Six level-2 hospitals in Yunnan (53) cost about 100 a visit, four in Guangdong (44) about 180, and a fifth
     * Guangdong hospital 300: against all ten it is three times the typical cost (flagged); against its own
     * province (peer_by kind+hosp_lv+province) only 1.7 times (not).
     */
    @Test
    void thePeerGroupDecidesWhoIsCompared() {
        try (RuleMonth month = new RuleMonth()) {
            for (int p = 0; p < 10; p++) {
                String region = p < 6 ? "530100" : "440100";
                double base = p < 6 ? 1.0 : 1.8;
                month.institution("PEER" + p, "HOSPITAL", "2", region);
                for (int v = 0; v < PEER_COSTS.length; v++) {
                    month.visit("P" + p + "V" + v, "P" + p + "-" + v, oct(v + 1, 9, 0), at("PEER" + p).andThen(
                            RuleMonth.paying(BigDecimal.valueOf(PEER_COSTS[v] * base).setScale(2).toPlainString())));
                }
            }
            month.institution("COSTLY", "HOSPITAL", "2", "440100");
            for (int v = 0; v < PEER_COSTS.length; v++) {
                month.visit("X" + v, "X-" + v, oct(v + 1, 9, 0), at("COSTLY").andThen(
                        RuleMonth.paying(BigDecimal.valueOf(PEER_COSTS[v] * 3).setScale(2).toPlainString())));
            }
            assertThat(month.flagged(new InstitutionCostPerVisitRule())).containsExactly("COSTLY");
            assertThat(month.findings(new InstitutionCostPerVisitRule()).getFirst().explanation())
                    .contains("HOSPITAL/2/11").contains("11 家");
            assertThat(month.flagged(new InstitutionCostPerVisitRule(3.0, 2.0, 5, 5,
                    java.util.List.of("kind", "hosp_lv", "province")))).as("by province").isEmpty();
            assertThat(month.flagged(new InstitutionCostPerVisitRule(3.0, 1.1, 5, 5,
                    java.util.List.of("kind", "hosp_lv", "province")))).as("by province, ratio 1.1")
                    .containsExactly("COSTLY");
        }
    }

    private static BigDecimal twiceTypical() {
        return BigDecimal.valueOf(2 * TYPICAL).setScale(2, RoundingMode.HALF_UP);
    }

    /** Pooled within-institution sd of log costs: the peers' sample sd, weighted 16 of 20 degrees of freedom. */
    private static double expectedZ(double cost) {
        double mean = Math.log(TYPICAL);
        double ss = 0;
        for (double c : PEER_COSTS) {
            ss += (Math.log(c) - mean) * (Math.log(c) - mean);
        }
        double pooled = Math.sqrt(4 * ss / 20);
        return (Math.log(cost) - mean) / (pooled / Math.sqrt(5));
    }

    private static boolean flaggedAt(BigDecimal cost, int visits, int peers, InstitutionCostPerVisitRule rule) {
        try (RuleMonth month = new RuleMonth()) {
            for (int p = 0; p < peers; p++) {
                for (int v = 0; v < PEER_COSTS.length; v++) {
                    month.visit("P" + p + "V" + v, "P" + p + "-" + v, oct(v + 1, 9, 0),
                            at("PEER" + p).andThen(RuleMonth.paying(BigDecimal.valueOf(PEER_COSTS[v]).setScale(2).toPlainString())));
                }
            }
            for (int v = 0; v < visits; v++) {
                month.visit("X" + v, "X-" + v, oct(v + 1, 9, 0), at("COSTLY").andThen(RuleMonth.paying(cost.toPlainString())));
            }
            return month.findings(rule).stream().map(Finding::subjectId).anyMatch("COSTLY"::equals)
                    && month.findings(rule).stream().allMatch(f -> f.subjectType() == SubjectType.INSTITUTION);
        }
    }
}
