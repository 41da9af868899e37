package org.fundclear.generator;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Picks the person of each settlement for one month and remembers who was used (for persons.csv). Outpatient
 * persons behave like ordinary insured people: at most one outpatient or pharmacy settlement a day, one chronic
 * refill and a few pharmacy purchases a month, so the audit rules and models only see what was planted.
 */
final class PersonSampler {

    /** R20 flags more than five purchases; four keeps the busiest background buyers clear of it. */
    static final int MAX_PHARMACY_PURCHASES = 4;
    /**
     * General outpatient, emergency and pharmacy together. Far below R02's 15; it keeps the busiest background
     * persons from being the doctor-shopping model's outliers (the month averages about 2.5 per person).
     */
    static final int MAX_VISITS = 4;
    /** Redraws before the monthly caps give way (only tiny populations ever get there); the daily one never does. */
    private static final int CAPPED_ATTEMPTS = 200;
    private static final int MAX_ATTEMPTS = 100_000;

    private final PersonPool pool;
    private final SplittableRandom rng;
    private final BitSet used = new BitSet();
    private final Map<LocalDate, BitSet> seenOn = new HashMap<>();
    private final byte[] visits;
    private final byte[] purchases;
    private final BitSet chronicRefill = new BitSet();
    private final long stride;
    private final long offset;
    private final Background background;
    private long inpatientDraws;

    PersonSampler(PersonPool pool, SplittableRandom rng, Background background) {
        this.pool = pool;
        this.rng = rng;
        this.background = background;
        this.visits = new byte[pool.outpatientSize()];
        this.purchases = new byte[pool.outpatientSize()];
        long m = pool.inpatientSize();
        long a = 1 + rng.nextLong(m - 1);
        while (gcd(a, m) != 1) {
            a++;
        }
        this.stride = a;
        this.offset = rng.nextLong(m);
    }

    PersonSampler(PersonPool pool, SplittableRandom rng) {
        this(pool, rng, Background.DEFAULT);
    }

    /** A living outpatient person free on {@code date} and still under the month's caps for {@code type}. */
    Person outpatient(LocalDate date, MedType type) {
        BitSet seen = seenOn.computeIfAbsent(date, d -> new BitSet(pool.outpatientSize()));
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int index = rng.nextInt(pool.outpatientSize());
            if (seen.get(index) || attempt < CAPPED_ATTEMPTS && !underCaps(index, type)) {
                continue;
            }
            Person person = pool.person(index);
            if (person.aliveOn(date)) {
                seen.set(index);
                count(index, type);
                used.set(index);
                return person;
            }
        }
        throw new IllegalStateException("no outpatient free on " + date + " among " + pool.outpatientSize());
    }

    private boolean underCaps(int index, MedType type) {
        return switch (type) {
            case CHRONIC_OUTPATIENT -> !chronicRefill.get(index);
            case PHARMACY -> purchases[index] < MAX_PHARMACY_PURCHASES && visits[index] < background.maxVisits(index);
            default -> visits[index] < background.maxVisits(index);
        };
    }

    private void count(int index, MedType type) {
        switch (type) {
            case CHRONIC_OUTPATIENT -> chronicRefill.set(index);
            case PHARMACY -> {
                purchases[index]++;
                visits[index]++;
            }
            default -> visits[index]++;
        }
    }

    /**
     * Walks a permutation of the inpatient indices (stride coprime to their count), so within a month each
     * inpatient is admitted at most once and stays never overlap.
     */
    Person inpatient(LocalDate date) {
        long m = pool.inpatientSize();
        for (long attempt = 0; attempt < m; attempt++) {
            int index = pool.outpatientSize() + (int) ((stride * inpatientDraws++ + offset) % m);
            Person person = pool.person(index);
            if (person.aliveOn(date)) {
                used.set(index);
                return person;
            }
        }
        throw new IllegalStateException("no living inpatient on " + date);
    }

    BitSet used() {
        return (BitSet) used.clone();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
