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
    void strengthIsAQuarterAtTheFalseDiscoveryRateAndHalfAtTenToTheMinusFour() {
        assertThat(ScoreNull.strength(0.01)).isEqualTo(0.25);
        assertThat(ScoreNull.strength(1e-4)).isEqualTo(0.5);
        assertThat(ScoreNull.strength(1e-12)).isEqualTo(1.0);
        assertThat(ScoreNull.strength(1.0)).isEqualTo(0.0);
    }

    private static long flags(ScoreNull calibrated, double fdr) {
        return Arrays.stream(calibrated.q()).filter(q -> q <= fdr).count();
    }
}
