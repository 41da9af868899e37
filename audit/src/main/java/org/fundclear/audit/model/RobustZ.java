package org.fundclear.audit.model;

import java.util.Arrays;

/**
 * Robust z-score against a peer group: (x − median) / (1.4826 · MAD). Medians resist the very outliers the
 * audit looks for, which a mean and standard deviation would absorb.
 */
public record RobustZ(double median, double scale) {

    /** Floor for the scale, so a peer group of identical values does not divide by zero. */
    private static final double MIN_SCALE = 1e-6;

    public static RobustZ of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = median(sorted);
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        double mad = median(deviations);
        if (mad < MIN_SCALE) {
            // more than half the peers share one value: fall back to the mean absolute deviation
            mad = Arrays.stream(deviations).average().orElse(0) / 1.2533;
        }
        return new RobustZ(median, Math.max(MIN_SCALE, 1.4826 * mad));
    }

    public double z(double x) {
        return (x - median) / scale;
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
