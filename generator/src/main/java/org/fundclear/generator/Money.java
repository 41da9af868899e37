package org.fundclear.generator;

import java.util.SplittableRandom;

/** Exact fen arithmetic helpers; ratios are basis points so no floating point touches stored amounts. */
final class Money {

    static final int FULL_BP = 10_000;

    private Money() {
    }

    /** {@code fen × bp / 10000}, rounded down (funds never pay a fraction of a fen more than the base). */
    static long share(long fen, int bp) {
        return Math.multiplyExact(fen, (long) bp) / FULL_BP;
    }

    /** Line amount: quantity × unit price (both in 1/10000) rounded half-up to the fen. */
    static long lineAmount(long cnt4, long pric4) {
        long product = Math.multiplyExact(cnt4, pric4); // 1e-8 yuan
        return (product + 500_000L) / 1_000_000L;
    }

    /** A lognormal cost with the given mean, at least {@code minYuan}; the double is drawn once, then kept in fen. */
    static long lognormalFen(double meanYuan, double sigma, double minYuan, SplittableRandom rng) {
        double mu = Math.log(meanYuan) - sigma * sigma / 2;
        double yuan = Math.exp(mu + sigma * rng.nextGaussian());
        return Math.round(Math.max(minYuan, yuan) * 100);
    }
}
