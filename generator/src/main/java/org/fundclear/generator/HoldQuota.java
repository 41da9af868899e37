package org.fundclear.generator;

import java.util.SplittableRandom;

/**
 * Holds exactly one of every {@code n} consecutive items, at a random phase, so even a small month holds some of
 * its open items and resolves most of them, which independent coin flips would not guarantee.
 */
final class HoldQuota {

    private final int n;
    private final int phase;
    private long seen;

    HoldQuota(int n, SplittableRandom rng) {
        this.n = n;
        this.phase = rng.nextInt(n);
    }

    boolean holdNext() {
        return (seen++ + phase) % n == 0;
    }
}
