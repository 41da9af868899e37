package org.fundclear.audit.model;

/** Upper tail of the hypergeometric distribution: the chance that two random day sets overlap on ≥ c days. */
final class Hypergeometric {
    private Hypergeometric() {
    }

    /**
     * P(X ≥ c) for X = overlap of a random {@code n}-day subset with a fixed {@code k}-day subset of {@code days}.
     */
    static double upperTail(int days, int k, int n, int c) {
        double total = 0;
        for (int x = c; x <= Math.min(k, n); x++) {
            if (n - x > days - k) {
                continue;
            }
            total += Math.exp(lnChoose(k, x) + lnChoose(days - k, n - x) - lnChoose(days, n));
        }
        return Math.min(1.0, total);
    }

    static double lnChoose(int n, int r) {
        return lnFactorial(n) - lnFactorial(r) - lnFactorial(n - r);
    }

    private static double lnFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
