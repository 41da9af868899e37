package org.fundclear.audit.model;

import java.util.Arrays;

/**
 * Calibrates a detector's anomaly scores by extreme-value theory (peaks over threshold, as in Siffer et al.,
 * "Anomaly detection in streams with extreme value theory", KDD 2017): the scores above a high threshold are fitted
 * with an exponential tail ({@link ExponentialTail}) and each score gets the p-value of that fitted tail; Benjamini–Hochberg then adjusts for the number of subjects.
 * A subject is unusual when its adjusted p is at most the detector's false discovery rate, i.e. it lies beyond
 * where the month's own smooth tail would reach. A month whose highest scores just continue its tail (heavy users of
 * care, large institutions) yields few or no flags, where a top share would always have yielded some.
 *
 * @param q Benjamini–Hochberg adjusted p-value of each score
 */
public record ScoreNull(double[] q) {
    /** Share of the scores the tail is fitted on, and the fewest it is fitted on when the month allows. */
    private static final double TAIL_SHARE = 0.02;
    private static final int MIN_TAIL = 30;

    public static ScoreNull of(double[] scores) {
        int n = scores.length;
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int tail = Math.min(n / 2, Math.max(MIN_TAIL, (int) Math.ceil(TAIL_SHARE * n)));
        double threshold = n == 0 ? 0 : sorted[n - tail - 1];
        double[] excess = Arrays.stream(sorted, n - tail, n).map(s -> s - threshold).toArray();
        ExponentialTail fitted = ExponentialTail.fit(excess);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = scores[i] > threshold ? (double) tail / n * fitted.survival(scores[i] - threshold)
                    : survivalFraction(sorted, scores[i]);
        }
        return new ScoreNull(BenjaminiHochberg.adjust(p));
    }

    /** Share of the scores at or above {@code s}: the empirical p-value below the tail. */
    private static double survivalFraction(double[] sorted, double s) {
        int i = Arrays.binarySearch(sorted, s);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && sorted[i - 1] >= s) {
            i--;
        }
        return (double) (sorted.length - i) / sorted.length;
    }

    /**
     * Exponential distribution of the excesses over the threshold (the generalised Pareto of shape 0, the tail of
     * light-tailed scores such as robust z of log counts), its scale fitted from the median excess: the subjects a
     * detector looks for sit at the top of the tail and cannot stretch the fitted tail towards themselves, as a
     * mean would. The shape is not estimated: on discrete counts, with many ties, estimates of it swing wildly.
     */
    record ExponentialTail(double scale) {
        private static final double MIN_SCALE = 1e-6;

        /** @param excess ascending */
        static ExponentialTail fit(double[] excess) {
            double median = excess.length == 0 ? 0 : excess[excess.length / 2];
            if (median <= MIN_SCALE) {
                // more than half the tail ties at the threshold: the mean excess stands in
                median = Arrays.stream(excess).average().orElse(0) * Math.log(2);
            }
            return new ExponentialTail(Math.max(MIN_SCALE, median / Math.log(2)));
        }

        /** P(excess ≥ y). */
        double survival(double y) {
            return Math.exp(-y / scale);
        }
    }

    /** {@link #strength(double)} of subject i's q-value. */
    public double strength(int i) {
        return strength(q[i]);
    }

    /**
     * A 0–1 finding score comparable with the rules' (0.5 at their threshold): −log10(q) / 8, so 0.25 at q = 0.01,
     * 0.5 at q = 10⁻⁴ and 1 from 10⁻⁸ on. Cases count a finding as a signal from 0.5, so a model flag that barely
     * passes the false discovery rate ranks the case low unless other evidence joins it.
     */
    public static double strength(double q) {
        return Math.min(1, Math.max(0, -Math.log10(Math.max(q, 1e-300)) / 8));
    }
}
