package org.fundclear.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How the ordinary population behaves. {@link #DEFAULT} is the behaviour the audit was built on; {@link #ALT} is a
 * deliberately different one to measure the audit on data it was not tuned on: more chronic care, a heavier tail
 * of visits (some persons need many), second providers more often, four times as many households, who share their
 * usual providers, and institutions whose cost per visit varies between them (a log-normal effect per institution
 * whose spread depends on kind and level, as case mix and local practice do).
 */
public enum Background {
    DEFAULT,
    ALT;

    private static final Weighted<MedType> ALT_MIX = Weighted.of(List.of(MedType.values()), t -> switch (t) {
        case GENERAL_OUTPATIENT -> 12;
        case EMERGENCY -> 1;
        case CHRONIC_OUTPATIENT -> 17;
        case INPATIENT -> 9;
        case PHARMACY -> 61;
    });
    private static final long CAP_SALT = 0x5669736974436170L;
    private static final long COST_SALT = 0x436F7374456666L;

    MedType drawMedType(SplittableRandom rng) {
        return this == ALT ? ALT_MIX.draw(rng) : MedType.draw(rng);
    }

    /**
     * A person's cap on general, emergency and pharmacy visits a month. ALT: a Pareto-like tail, the cap doubling
     * for one person in eight and tripling for one in forty (frail and multimorbid people do visit more).
     */
    int maxVisits(int personIndex) {
        if (this == DEFAULT) {
            return PersonSampler.MAX_VISITS;
        }
        int r = Seeds.random(CAP_SALT, personIndex).nextInt(40);
        return r == 0 ? 3 * PersonSampler.MAX_VISITS : r < 5 ? 2 * PersonSampler.MAX_VISITS : PersonSampler.MAX_VISITS;
    }

    int usualMonthPct() {
        return this == ALT ? 80 : UsualProviders.USUAL_MONTH_PCT;
    }

    int familyBlockPct() {
        return this == ALT ? 20 : 5;
    }

    /** ALT: providers are chosen per household (a family goes to the same clinic and pharmacy), else per person. */
    int providerKey(Person person) {
        return this == ALT && person.householdId() != null ? person.index() / PersonPool.HOUSEHOLD_BLOCK
                + Integer.MIN_VALUE / 2 : person.index();
    }

    /**
     * The institution's cost per visit relative to its peers': 1 in DEFAULT; in ALT log-normal with a spread
     * of 0.08 (pharmacies, regulated prices, similar baskets) to 0.15 (level-3 hospitals, the widest case mix).
     */
    double costFactor(Institution institution) {
        if (this == DEFAULT) {
            return 1;
        }
        double sigma = switch (institution.kind()) {
            case PHARMACY -> 0.08;
            case CLINIC -> 0.10;
            case HOSPITAL -> institution.hospLv() != null && institution.hospLv() == 3 ? 0.15 : 0.12;
        };
        SplittableRandom rng = Seeds.random(COST_SALT, institution.code().hashCode());
        return Math.exp(sigma * gaussian(rng));
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller on the institution's own stream, so the factor does not depend on draw order
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
