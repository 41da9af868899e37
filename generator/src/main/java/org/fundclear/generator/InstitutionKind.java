package org.fundclear.generator;

import java.util.SplittableRandom;

/** The kinds in institutions.csv. */
enum InstitutionKind {
    HOSPITAL,
    CLINIC,
    PHARMACY;

    /** Where each medical type is settled: purchases at pharmacies, inpatients at hospitals, some visits at clinics. */
    static InstitutionKind servingFor(MedType type, SplittableRandom rng) {
        return switch (type) {
            case PHARMACY -> PHARMACY;
            case GENERAL_OUTPATIENT -> rng.nextInt(100) < 35 ? CLINIC : HOSPITAL;
            case EMERGENCY, CHRONIC_OUTPATIENT, INPATIENT -> HOSPITAL;
        };
    }
}
