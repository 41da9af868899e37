package org.fundclear.generator;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Where a person goes: a pharmacy, and a hospital or community clinic for general visits (a hospital for
 * emergencies and chronic care), each the person's usual one in most months and a second one (say, near work or
 * while staying elsewhere in the region) in the others. Within a month a person thus uses one institution of each
 * kind, as people do, instead of spreading over the region, which the doctor-shopping and hoarding models would
 * rightly flag: even a second pharmacy in a month is rare enough to stand out there.
 */
final class UsualProviders {

    /** Share of months in which the person keeps to the usual institution of a kind rather than the second. */
    static final int USUAL_MONTH_PCT = 90;
    /** Share of persons whose general outpatient visits go to a community clinic rather than a hospital. */
    private static final int CLINIC_GOER_PCT = 35;
    private static final long SALT = 0x55737561614CL;
    private static final long MONTH_SALT = 0x4D6F6E7468L;

    private final InstitutionPool pool;
    private final long monthIndex;
    private final Background background;

    /** @param month the month generated: its late rows, dated in the month before, keep to its choice */
    UsualProviders(InstitutionPool pool, YearMonth month, Background background) {
        this.pool = pool;
        this.monthIndex = month.getYear() * 12L + month.getMonthValue();
        this.background = background;
    }

    UsualProviders(InstitutionPool pool, YearMonth month) {
        this(pool, month, Background.DEFAULT);
    }

    /**
     * DEFAULT keeps to one institution of a kind for the whole month; ALT chooses visit by visit (from {@code rng}),
     * so a person may use both the usual and the second one in a month.
     */
    Institution forVisit(Person person, MedType type, SplittableRandom rng) {
        InstitutionKind kind = kindFor(person, type);
        long choice = background == Background.ALT ? rng.nextInt(100)
                : Seeds.mix(Seeds.mix(MONTH_SALT + kind.ordinal(), person.index()), monthIndex);
        return usual(person, kind, Math.floorMod(choice, 100) < background.usualMonthPct() ? 0 : 1);
    }

    /**
     * The person's {@code rank}-th institution of the kind (0 usual, 1 second), the same on every call and
     * skewed to large institutions like any visit; the second may coincide with the first in small regions.
     */
    Institution usual(Person person, InstitutionKind kind, int rank) {
        return pool.draw(person.treatment(), kind,
                Seeds.random(SALT + 2L * kind.ordinal() + rank, background.providerKey(person)));
    }

    /** Purchases at pharmacies, emergencies and chronic care at hospitals, general visits as the person prefers. */
    static InstitutionKind kindFor(Person person, MedType type) {
        return switch (type) {
            case PHARMACY -> InstitutionKind.PHARMACY;
            case GENERAL_OUTPATIENT -> Seeds.random(SALT - 1, person.index()).nextInt(100) < CLINIC_GOER_PCT
                    ? InstitutionKind.CLINIC : InstitutionKind.HOSPITAL;
            case EMERGENCY, CHRONIC_OUTPATIENT, INPATIENT -> InstitutionKind.HOSPITAL;
        };
    }
}
