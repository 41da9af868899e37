package org.fundclear.audit.rules;

import java.util.Arrays;

/** Nearest-rank percentile of a sample (the rules' peer thresholds). */
final class Percentile {
    private Percentile() {
    }

    static double of(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
