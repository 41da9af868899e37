package org.fundclear.generator;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;

/** Picks the person of each settlement for one month and remembers who was used (for persons.csv). */
final class PersonSampler {

    private final PersonPool pool;
    private final SplittableRandom rng;
    private final BitSet used = new BitSet();
    private final long stride;
    private final long offset;
    private long inpatientDraws;

    PersonSampler(PersonPool pool, SplittableRandom rng) {
        this.pool = pool;
        this.rng = rng;
        long m = pool.inpatientSize();
        long a = 1 + rng.nextLong(m - 1);
        while (gcd(a, m) != 1) {
            a++;
        }
        this.stride = a;
        this.offset = rng.nextLong(m);
    }

    Person outpatient(LocalDate date) {
        while (true) {
            Person person = pool.person(rng.nextInt(pool.outpatientSize()));
            if (person.aliveOn(date)) {
                used.set(person.index());
                return person;
            }
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
