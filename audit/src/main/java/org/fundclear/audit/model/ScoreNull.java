package org.fundclear.audit.model;

import java.util.Arrays;

/**
 * Calibrates a detector's anomaly scores by extreme-value theory (peaks over threshold, as in Siffer et al.,
 * "Anomaly detection in streams with extreme value theory", KDD 2017): the scores above a high threshold are fitted
 * with an exponential tail ({@link ExponentialTail}), or with a generalised Pareto tail whose shape is fitted when the
 * tail has enough points ({@link ParetoTail}), and each score gets the p-value of that fitted tail;
 * Benjamini–Hochberg then adjusts for the number of subjects.
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
        Tail fitted = excess.length >= ParetoTail.MIN_POINTS ? ParetoTail.fit(excess) : ExponentialTail.fit(excess);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = scores[i] > threshold ? (double) tail / n * fitted.survival(scores[i] - threshold)
                    : survivalFraction(sorted, scores[i]);
        }
        return new ScoreNull(BenjaminiHochberg.adjust(p));
    }

    /**
     * Share of the scores at or above {@code s}: the empirical p-value below the tail. The first score at or above
     * {@code s} is found by bisection: stepping back from wherever {@code Arrays.binarySearch} lands cost a step per
     * tied score, and robust z of counts tie by the hundred thousand (a month of five million settlements spent
     * minutes here).
     */
    static double survivalFraction(double[] sorted, double s) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < s) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return (double) (sorted.length - low) / sorted.length;
    }

    /**
     * Exponential distribution of the excesses over the threshold (the generalised Pareto of shape 0, the tail of
     * light-tailed scores such as robust z of log counts), its scale fitted from the median excess: the subjects a
     * detector looks for sit at the top of the tail and cannot stretch the fitted tail towards themselves, as a
     * mean would. The shape is not estimated: on discrete counts, with many ties, estimates of it swing wildly on a
     * tail of a few hundred ({@link ParetoTail} estimates it on large tails only).
     */
    record ExponentialTail(double scale) implements Tail {
        private static final double MIN_SCALE = 1e-6;

        /** @param excess ascending */
        static Tail fit(double[] excess) {
            double median = excess.length == 0 ? 0 : excess[excess.length / 2];
            if (median <= MIN_SCALE) {
                // more than half the tail ties at the threshold: the mean excess stands in
                median = Arrays.stream(excess).average().orElse(0) * Math.log(2);
            }
            return new ExponentialTail(Math.max(MIN_SCALE, median / Math.log(2)));
        }

        /** The exponential with a tenth of the tail at or above {@code upper}, the tail's 90th percentile excess. */
        static Tail throughUpperDecile(double upper) {
            return new ExponentialTail(Math.max(MIN_SCALE, upper / Math.log(10)));
        }

        @Override
        public double survival(double y) {
            return Math.exp(-y / scale);
        }
    }

    /** A fitted distribution of the excesses over the threshold. */
    interface Tail {
        /** P(excess ≥ y). */
        double survival(double y);
    }

    /**
     * The generalised Pareto tail with its shape fitted, for tails of at least {@link #MIN_POINTS} scores (a month
     * of about 50,000 subjects and more). A month of a million settlements has 329,000 person-months; the top 2 % of
     * their robust z values was far heavier than an exponential fitted from its median excess, which gave a person
     * of three institutions (peers' median one, z 4.9) q = 10⁻²⁷. The shape comes from the ratio of the
     * excesses' 90th percentile to their median (an exponential has ln 10 / ln 2 = 3.32), so the top tenth of the
     * tail, where the subjects a detector looks for sit, does not fit the tail to itself; a ratio at or near the
     * exponential's (shape below 0.05) keeps the exponential. Smaller tails keep the exponential: there a few dozen
     * planted subjects would be a quarter of the tail and pull its shape.
     * <p>A ratio beyond any shape up to 1 is no heavy tail but a block of ties: robust z of counts sit on one lattice
     * per peer group, so the median excess can be a hair (the tail's lower nine tenths one count, within rounding)
     * and the top tenth the next count beyond a gap. A shape-1 Pareto scaled by that hair put the next count
     * (a twelfth of the tail, 8,000 person-months of a month of ten million settlements: 4 visits at 3
     * institutions) at p ≈ 10⁻⁵ and flagged it whole. There the exponential goes through the 90th percentile
     * instead: the top tenth keeps about the p-value of its share, and what lies far beyond it stays extreme.
     */
    record ParetoTail(double shape, double scale) implements Tail {
        static final int MIN_POINTS = 1000;
        /** Below this the tail is taken for an exponential (sampling noise of the two percentiles). */
        private static final double MIN_SHAPE = 0.05;
        private static final double MAX_SHAPE = 1;

        /** @param excess ascending, at least {@link #MIN_POINTS} */
        static Tail fit(double[] excess) {
            double median = excess[excess.length / 2];
            double upper = excess[(int) (0.9 * excess.length)];
            if (median <= ExponentialTail.MIN_SCALE || upper / median <= ratio(MIN_SHAPE)) {
                return ExponentialTail.fit(excess);
            }
            if (upper / median > ratio(MAX_SHAPE)) {
                return ExponentialTail.throughUpperDecile(upper);
            }
            double low = 0;
            double high = MAX_SHAPE;
            double target = upper / median;
            for (int i = 0; i < 60; i++) {
                double mid = (low + high) / 2;
                if (ratio(mid) < target) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            double shape = Math.max(low, 1e-9);
            return new ParetoTail(shape, median * shape / (Math.pow(2, shape) - 1));
        }

        /** The 90th percentile over the median of a generalised Pareto of this shape (scale cancels). */
        static double ratio(double shape) {
            return shape < 1e-9 ? Math.log(10) / Math.log(2) : (Math.pow(10, shape) - 1) / (Math.pow(2, shape) - 1);
        }

        @Override
        public double survival(double y) {
            return Math.pow(1 + shape * y / scale, -1 / shape);
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
