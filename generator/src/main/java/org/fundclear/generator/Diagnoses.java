package org.fundclear.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Main diagnoses by medical type; chronic ones are the cross-province 门诊慢特病 list plus asthma. */
final class Diagnoses {

    static final Diagnosis HYPERTENSION = new Diagnosis("I10", null, 30, 150);
    static final Diagnosis DIABETES = new Diagnosis("E11.9", null, 20, 150);
    static final Diagnosis RENAL_FAILURE = new Diagnosis("N18.5", null, 18, 150);
    static final Diagnosis LUNG_CANCER = new Diagnosis("C34.9", null, 35, 150);
    static final Diagnosis BREAST_CANCER = new Diagnosis("C50.9", 2, 25, 150);
    static final Diagnosis PROSTATE_CANCER = new Diagnosis("C61", 1, 45, 150);
    static final Diagnosis TRANSPLANT = new Diagnosis("Z94.0", null, 18, 150);
    static final Diagnosis ASTHMA = new Diagnosis("J45.9", null, 2, 150);

    /** Order matters: earlier entries are more common (weights below). */
    private static final List<Diagnosis> CHRONIC = List.of(
            HYPERTENSION, DIABETES, RENAL_FAILURE, LUNG_CANCER, BREAST_CANCER, PROSTATE_CANCER, TRANSPLANT, ASTHMA);
    private static final int[] CHRONIC_WEIGHTS = {30, 25, 14, 8, 5, 4, 4, 6};

    private static final List<Diagnosis> OUTPATIENT = List.of(Diagnosis.any("J06.9"), Diagnosis.any("K29.7"),
            Diagnosis.any("J20.9"), new Diagnosis("M54.5", null, 16, 150), Diagnosis.any("N39.0"),
            Diagnosis.any("L30.9"), Diagnosis.any("H10.9"), Diagnosis.any("K52.9"), HYPERTENSION, DIABETES);
    private static final List<Diagnosis> EMERGENCY = List.of(Diagnosis.any("J18.9"), Diagnosis.any("R10.4"),
            Diagnosis.any("S61.9"), new Diagnosis("I20.0", null, 30, 150), Diagnosis.any("A09"),
            Diagnosis.any("T78.4"));
    private static final List<Diagnosis> PHARMACY = List.of(Diagnosis.any("J06.9"), HYPERTENSION, DIABETES,
            Diagnosis.any("K29.7"), new Diagnosis("M54.5", null, 16, 150));
    private static final List<Diagnosis> INPATIENT = List.of(new Diagnosis("I63.9", null, 40, 150),
            Diagnosis.any("J18.9"), LUNG_CANCER, new Diagnosis("I25.1", null, 40, 150), Diagnosis.any("K80.2"),
            new Diagnosis("S72.0", null, 50, 150), new Diagnosis("O80", 2, 18, 45), RENAL_FAILURE, DIABETES,
            HYPERTENSION, Diagnosis.any("K35.8"), new Diagnosis("J44.1", null, 40, 150));

    private Diagnoses() {
    }

    /** The condition a person is treated for under med_type 14; always exists (asthma fits everyone from age 2). */
    static Diagnosis drawChronic(int gend, int age, SplittableRandom rng) {
        int total = 0;
        for (int i = 0; i < CHRONIC.size(); i++) {
            total += CHRONIC.get(i).fits(gend, age) ? CHRONIC_WEIGHTS[i] : 0;
        }
        int ticket = rng.nextInt(total);
        for (int i = 0; i < CHRONIC.size(); i++) {
            if (CHRONIC.get(i).fits(gend, age)) {
                ticket -= CHRONIC_WEIGHTS[i];
                if (ticket < 0) {
                    return CHRONIC.get(i);
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The settlement's dise_codg, or null when the region left it empty (common at pharmacies). */
    static String draw(MedType type, Person person, int age, SplittableRandom rng) {
        if (type == MedType.CHRONIC_OUTPATIENT) {
            return person.chronicDisease().code();
        }
        int emptyPct = switch (type) {
            case PHARMACY -> 60;
            case GENERAL_OUTPATIENT -> 10;
            case EMERGENCY -> 5;
            case INPATIENT, CHRONIC_OUTPATIENT -> 2;
        };
        if (rng.nextInt(100) < emptyPct) {
            return null;
        }
        List<Diagnosis> candidates = (switch (type) {
            case PHARMACY -> PHARMACY;
            case GENERAL_OUTPATIENT -> OUTPATIENT;
            case EMERGENCY -> EMERGENCY;
            case INPATIENT, CHRONIC_OUTPATIENT -> INPATIENT;
        }).stream().filter(d -> d.fits(person.gend(), age)).toList();
        return candidates.get(rng.nextInt(candidates.size())).code();
    }
}
