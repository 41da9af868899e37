package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreNullTest {

    @Test
    void aMonthWhoseTailIsSmoothYieldsNoFlagsWhateverItsSize() {
        for (int n : new int[] {500, 20_000, 200_000}) {
            SplittableRandom rng = new SplittableRandom(n);
            double[] scores = new double[n];
            Arrays.setAll(scores, i -> -Math.log(1 - rng.nextDouble())); // exponential: a smooth tail
            assertThat(flags(ScoreNull.of(scores), 0.01)).as(n + " subjects").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void subjectsFarBeyondTheTailAreFlaggedAndOnlyThey() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] scores = new double[10_000];
        Arrays.setAll(scores, i -> -Math.log(1 - rng.nextDouble()));
        for (int i = 0; i < 5; i++) {
            scores[i] = 40 + i; // beyond anything the tail reaches
        }
        ScoreNull calibrated = ScoreNull.of(scores);
        assertThat(flags(calibrated, 0.01)).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(calibrated.q()[i]).isLessThanOrEqualTo(0.01);
            assertThat(calibrated.strength(i)).isGreaterThan(0.5);
        }
    }

    @Test
    void aLargeHeavyTailedMonthGetsItsTailsShapeNotAnExponentialsFlags() {
        // 200,000 subjects whose scores have a Pareto tail (shape 0.5): smooth, nothing planted. An exponential
        // fitted to its top 2 % flagged the tail's own far end, as it did to person-months at a million settlements.
        SplittableRandom rng = new SplittableRandom(11);
        double[] scores = new double[200_000];
        Arrays.setAll(scores, i -> (Math.pow(1 - rng.nextDouble(), -0.5) - 1) / 0.5);
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] excess = Arrays.stream(sorted, sorted.length - 4000, sorted.length).map(v -> v - sorted[sorted.length - 4001])
                .toArray();
        assertThat(flags(new ScoreNull(benjaminiHochberg(scores, ScoreNull.ExponentialTail.fit(excess), sorted)), 0.01))
                .as("the exponential's flags on a smooth heavy tail").isGreaterThan(20);

        assertThat(flags(ScoreNull.of(scores), 0.01)).isLessThanOrEqualTo(2);
        ScoreNull.Tail fitted = ScoreNull.ParetoTail.fit(excess);
        assertThat(fitted).isInstanceOf(ScoreNull.ParetoTail.class);
        assertThat(((ScoreNull.ParetoTail) fitted).shape()).isBetween(0.4, 0.6);
    }

    @Test
    void farOutliersStayFlaggedUnderAFittedParetoTail() {
        SplittableRandom rng = new SplittableRandom(13);
        double[] scores = new double[200_000];
        Arrays.setAll(scores, i -> (Math.pow(1 - rng.nextDouble(), -0.5) - 1) / 0.5);
        for (int i = 0; i < 50; i++) {
            scores[i] = 1e6 + i; // far beyond what 200,000 draws of this tail reach (about 900)
        }
        ScoreNull calibrated = ScoreNull.of(scores);
        for (int i = 0; i < 50; i++) {
            assertThat(calibrated.q()[i]).isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void aCellBeyondAGapAboveATiedBlockKeepsThePValueOfItsShare() {
        // The 10 M month's person-months in miniature: robust z of counts sit on lattices, one per peer group, so the
        // top 2 % is a block tied within a hair at the threshold (2 institutions) and, beyond a gap, a cell of 0.25 %
        // of the month (3 institutions), its members a twelfth of the tail. Twenty far outliers are planted.
        SplittableRandom rng = new SplittableRandom(7);
        int n = 200_000;
        double[] scores = new double[n];
        int block = (int) (0.0175 * n);
        int cell = (int) (0.0025 * n);
        int planted = 20;
        for (int i = 0; i < n; i++) {
            if (i < planted) {
                scores[i] = 300;
            } else if (i < planted + cell) {
                scores[i] = 4.6 + 0.5 * rng.nextDouble();
            } else if (i < planted + cell + block) {
                scores[i] = 2.8 + 0.0015 * rng.nextDouble();
            } else {
                scores[i] = i % 10 < 3 ? 1.5 * rng.nextDouble() : 0;
            }
        }
        ScoreNull calibrated = ScoreNull.of(scores);
        for (int i = 0; i < planted; i++) {
            assertThat(calibrated.q()[i]).as("planted " + i).isLessThanOrEqualTo(0.01);
        }
        // a shape-1 Pareto scaled by the tied block's median excess put the cell at p ≈ 1e-5 and flagged all of it
        assertThat(flags(calibrated, 0.01)).as("flags besides the planted").isEqualTo(planted);
    }

    @Test
    void anExponentialLookingLargeTailKeepsTheExponential() {
        double[] excess = new double[2000];
        Arrays.setAll(excess, i -> -Math.log(1 - (i + 0.5) / excess.length)); // exponential quantiles, ascending
        assertThat(ScoreNull.ParetoTail.fit(excess)).isInstanceOf(ScoreNull.ExponentialTail.class);
    }

    @Test
    void strengthIsAQuarterAtTheFalseDiscoveryRateAndHalfAtTenToTheMinusFour() {
        assertThat(ScoreNull.strength(0.01)).isEqualTo(0.25);
        assertThat(ScoreNull.strength(1e-4)).isEqualTo(0.5);
        assertThat(ScoreNull.strength(1e-12)).isEqualTo(1.0);
        assertThat(ScoreNull.strength(1.0)).isEqualTo(0.0);
    }

    /** ScoreNull.of's p-values with a given tail over the top 4,000 of 200,000, adjusted. */
    private static double[] benjaminiHochberg(double[] scores, ScoreNull.Tail tail, double[] sorted) {
        double threshold = sorted[sorted.length - 4001];
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = scores[i] > threshold ? 4000.0 / scores.length * tail.survival(scores[i] - threshold) : 1;
        }
        return BenjaminiHochberg.adjust(p);
    }

    /** The share at or above a score, ties included, whether the score is below, among or above the others. */
    @Test
    void theShareAtOrAboveAScoreCountsEveryTiedScore() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] sorted = new double[10_000];
        Arrays.setAll(sorted, i -> rng.nextInt(10) < 6 ? 0.0 : rng.nextInt(4) * 0.5); // six in ten tie at 0
        Arrays.sort(sorted);
        for (double s : new double[] {-1, 0, 0.25, 0.5, 1, 1.5, 2}) {
            long atOrAbove = Arrays.stream(sorted).filter(v -> v >= s).count();
            assertThat(ScoreNull.survivalFraction(sorted, s)).as("s=" + s)
                    .isEqualTo((double) atOrAbove / sorted.length);
        }
    }

    private static long flags(ScoreNull calibrated, double fdr) {
        return Arrays.stream(calibrated.q()).filter(q -> q <= fdr).count();
    }
}
