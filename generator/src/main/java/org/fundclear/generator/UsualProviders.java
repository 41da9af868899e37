package org.fundclear.generator;

import java.util.SplittableRandom;

/**
 * Where a person goes: one pharmacy, and for visits a usual hospital or clinic plus a second one (say, near work),
 * all fixed by the person; only emergencies may land anywhere in the region. Frequent users thus stay with a few
 * institutions, as people do, instead of spreading over the region, which the doctor-shopping and hoarding
 * models would rightly flag. Pharmacy purchases all go to the one pharmacy: a second pharmacy is rare enough in
 * a month to stand out in the hoarding model and, with a second clinic, in the doctor-shopping one too.
 */
final class UsualProviders {

    /** Share of hospital and clinic visits at the usual institution; the rest go to the second one. */
    static final int USUAL_PCT = 90;
    /** Share of emergencies at the usual hospital; the rest at any hospital of the region. */
    private static final int EMERGENCY_USUAL_PCT = 70;
    /** Share of persons whose general outpatient visits go to a community clinic rather than a hospital. */
    private static final int CLINIC_GOER_PCT = 35;
    private static final long SALT = 0x55737561614CL;

    private final InstitutionPool pool;

    UsualProviders(InstitutionPool pool) {
        this.pool = pool;
    }

    Institution forVisit(Person person, MedType type, SplittableRandom rng) {
        InstitutionKind kind = kindFor(person, type);
        if (type == MedType.EMERGENCY && rng.nextInt(100) >= EMERGENCY_USUAL_PCT) {
            return pool.draw(person.treatment(), kind, rng);
        }
        if (kind == InstitutionKind.PHARMACY) {
            return usual(person, kind, 0);
        }
        return usual(person, kind, rng.nextInt(100) < USUAL_PCT ? 0 : 1);
    }

    /**
     * The person's {@code rank}-th institution of the kind (0 usual, 1 second), the same on every call and
     * skewed to large institutions like any visit; the second may coincide with the first in small regions.
     */
    Institution usual(Person person, InstitutionKind kind, int rank) {
        SplittableRandom own = Seeds.random(SALT + 2L * kind.ordinal() + rank, person.index());
        return pool.draw(person.treatment(), kind, own);
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
