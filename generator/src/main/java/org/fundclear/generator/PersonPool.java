package org.fundclear.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A fixed population rebuilt from (seed, index) on demand, so millions of persons never sit in memory and the
 * same person looks the same in every month generated with the same seed and size.
 * Indices below {@link #outpatientSize()} are outpatient/pharmacy users; the rest are inpatients, kept apart so
 * no one shows outpatient settlements during a hospital stay.
 */
final class PersonPool {

    /** Ages are fixed at this date, so brdy does not depend on the month generated. */
    private static final LocalDate AGE_ANCHOR = LocalDate.of(2019, 12, 31);
    private static final LocalDate DEATHS_FROM = LocalDate.of(2021, 1, 1);
    private static final int DEATH_WINDOW_DAYS = 8 * 365;
    private static final int EMPLOYEE_PCT = 45;
    static final int HOUSEHOLD_BLOCK = 4;
    private static final long HOUSEHOLD_SALT = 0x486F757365686F6CL;

    private final long seed;
    private final int outpatientSize;
    private final int inpatientSize;
    private final int familyBlockPct;

    PersonPool(long seed, int outpatientSize, int inpatientSize, int familyBlockPct) {
        this.seed = seed;
        this.outpatientSize = outpatientSize;
        this.inpatientSize = inpatientSize;
        this.familyBlockPct = familyBlockPct;
    }

    PersonPool(long seed, int outpatientSize, int inpatientSize) {
        this(seed, outpatientSize, inpatientSize, Background.DEFAULT.familyBlockPct());
    }

    /** About 2.5 settlements per outpatient a month; inpatient slots with 50 % headroom so nobody has two stays. */
    static PersonPool forSettlements(long seed, int settlements, Background background) {
        int outpatients = (int) Math.max(50, settlements * 91L / 250);
        int inpatients = (int) Math.max(50, settlements * 15L / 100 + 20);
        return new PersonPool(seed, outpatients, inpatients, background.familyBlockPct());
    }

    static PersonPool forSettlements(long seed, int settlements) {
        return forSettlements(seed, settlements, Background.DEFAULT);
    }

    int outpatientSize() {
        return outpatientSize;
    }

    int inpatientSize() {
        return inpatientSize;
    }

    Person person(int index) {
        SplittableRandom rng = Seeds.random(seed, index);
        Household household = household(index);
        Region insured = household != null ? household.insured() : Regions.drawInsured(rng);
        Region treatment = household != null ? household.treatment() : Regions.drawTreatment(insured, rng);
        String ownSurname = ChineseNames.surname(rng);
        // Member 1 of a household plays the spouse, who keeps their own surname.
        String surname = household != null && index % HOUSEHOLD_BLOCK != 1 ? household.surname() : ownSurname;
        boolean employee = rng.nextInt(100) < EMPLOYEE_PCT;
        int age = drawAge(employee, rng);
        LocalDate brdy = AGE_ANCHOR.minusYears(age).minusDays(rng.nextInt(365));
        int gend = 1 + rng.nextInt(2);
        String name = surname + ChineseNames.givenName(gend, rng);
        int sequence = 2 * (1 + rng.nextInt(499)) - (gend == 1 ? 1 : 0);
        String certno = CertNo.of(insured.admdvs(), brdy, sequence);
        boolean civilServant = employee && rng.nextInt(100) < 10;
        boolean assistance = !employee && rng.nextInt(100) < 5;
        LocalDate death = rng.nextInt(1000) < (age >= 70 ? 40 : 5)
                ? DEATHS_FROM.plusDays(rng.nextInt(DEATH_WINDOW_DAYS)) : null;
        Diagnosis chronic = Diagnoses.drawChronic(gend, age, rng);
        return new Person(index, insured.admdvs() + Formats.zeroPad(index, 14), certno, name, gend, brdy, insured,
                treatment, employee ? Person.EMPLOYEE_SCHEME : Person.RESIDENT_SCHEME,
                household != null ? household.id() : null, death, civilServant, assistance, chronic);
    }

    /** Cross-region patients skew old: many employees are retirees who moved (异地安置). */
    private static int drawAge(boolean employee, SplittableRandom rng) {
        if (employee) {
            return rng.nextInt(100) < 55 ? 60 + rng.nextInt(29) : 22 + rng.nextInt(38);
        }
        int bucket = rng.nextInt(100);
        if (bucket < 15) {
            return 2 + rng.nextInt(16);
        }
        return bucket < 55 ? 18 + rng.nextInt(42) : 60 + rng.nextInt(31);
    }

    private record Household(String id, Region insured, Region treatment, String surname) {
    }

    /** Consecutive blocks of indices form families that share region, place of treatment and (mostly) surname. */
    private Household household(int index) {
        int block = index / HOUSEHOLD_BLOCK;
        SplittableRandom rng = Seeds.random(seed ^ HOUSEHOLD_SALT, block);
        if (rng.nextInt(100) >= familyBlockPct) {
            return null;
        }
        int members = 2 + rng.nextInt(3);
        if (index % HOUSEHOLD_BLOCK >= members) {
            return null;
        }
        Region insured = Regions.drawInsured(rng);
        return new Household("HH" + insured.admdvs() + Formats.zeroPad(block, 10), insured,
                Regions.drawTreatment(insured, rng), ChineseNames.surname(rng));
    }
}
