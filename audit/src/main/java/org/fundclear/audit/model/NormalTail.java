package org.fundclear.audit.model;

/** The standard normal's upper tail P(Z ≥ z), accurate in relative terms far into the tail where p-values live. */
public final class NormalTail {
    private NormalTail() {
    }

    public static double p(double z) {
        if (z < 0) {
            return 1 - p(-z);
        }
        if (z > 4) {
            // asymptotic series: relative error below 0.1 % from z = 4 on, where the rational fit loses it
            double z2 = z * z;
            return density(z) / z * (1 - 1 / z2 + 3 / (z2 * z2) - 15 / (z2 * z2 * z2) + 105 / (z2 * z2 * z2 * z2));
        }
        // Abramowitz & Stegun 26.2.17, absolute error below 7.5e-8
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return density(z) * poly;
    }

    private static double density(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }
}
