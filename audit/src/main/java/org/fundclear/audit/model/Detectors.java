package org.fundclear.audit.model;

import java.util.List;

/** The detectors an audit runs by default: one Isolation Forest per behaviour and the co-visit ring graph. */
public final class Detectors {
    private Detectors() {
    }

    public static List<Detector> standard(ModelRegistry registry) {
        PersonMonthFeatures personMonths = new PersonMonthFeatures();
        return List.of(new IsolationForestDetector(new DoctorShoppingBehaviour(personMonths), registry),
                new IsolationForestDetector(new PharmacyHoardingBehaviour(personMonths), registry),
                new IsolationForestDetector(new InstitutionCostBehaviour(), registry),
                // doctors are a few hundred to a few thousand a month, so the top 2 % rather than 0.5 %
                new IsolationForestDetector(new DoctorPrescribingBehaviour(), registry, 42, 100_000, 0.62, 0.02),
                new LocalOutlierFactorDetector("M-LOF-INSTITUTION", new InstitutionCostBehaviour(), registry),
                new CoVisitRingDetector());
    }
}
