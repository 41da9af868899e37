package org.fundclear.generator;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from one seed (SplitMix64 finaliser). */
final class Seeds {

    private Seeds() {
    }

    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stream that depends only on (seed, salt), so an entity can be rebuilt from its index alone. */
    static SplittableRandom random(long seed, long salt) {
        return new SplittableRandom(mix(seed, salt));
    }
}
