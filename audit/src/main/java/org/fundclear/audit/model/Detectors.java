package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.finding.SubjectType;

/**
 * The detectors an audit runs by default: one Isolation Forest per behaviour, LOF on institutions inside their peer
 * groups, and the co-visit ring graph. Behaviours that share features share one instance, which computes them once.
 */
public final class Detectors {
    private Detectors() {
    }

    public static List<Detector> standard(ModelRegistry registry) {
        PersonMonthFeatures personMonths = new PersonMonthFeatures(2); // the shopping and the pharmacy behaviours
        InstitutionCostBehaviour institutionCost = new InstitutionCostBehaviour();
        // Behaviours sharing features are listed apart: the second waits for the first's features, holding a thread.
        return List.of(new IsolationForestDetector(new DoctorShoppingBehaviour(personMonths), registry),
                new IsolationForestDetector(institutionCost, registry),
                new CoVisitRingDetector(),
                new IsolationForestDetector(new DoctorPrescribingBehaviour(), registry),
                new IsolationForestDetector(new PharmacyHoardingBehaviour(personMonths), registry),
                new LocalOutlierFactorDetector("M-LOF-INSTITUTION", institutionCost, registry),
                new PeerCostDetector(SubjectType.INSTITUTION),
                new PeerCostDetector(SubjectType.DOCTOR),
                new HouseholdPharmacyDetector());
    }
}
