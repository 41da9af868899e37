package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.SubjectType;

/**
 * 药店囤药/倒药: frequent, costly pharmacy purchases at several pharmacies, more days of a drug than the last 90 days
 * have (the rolling possession ratio).
 */
public final class PharmacyHoardingBehaviour implements Behaviour {
    private static final List<Feature> FEATURES = List.of(
            Feature.logCount("pharmacy_purchases", "本月药店购药", "次"),
            Feature.logCount("pharmacy_paid", "药店医保支付", "元"),
            Feature.logCount("pharmacies", "购药药店", "家"),
            Feature.plain("possession_ratio", "近 90 天单一药品持药量/90 天", "倍"));

    private final PersonMonthFeatures months;

    public PharmacyHoardingBehaviour(PersonMonthFeatures months) {
        this.months = months;
    }

    @Override public String modelId() { return "M-IF-PHARMACY"; }
    @Override public String description() { return "药店囤药"; }
    @Override public SubjectType subjectType() { return SubjectType.PERSON; }
    @Override public String group() { return PersonMonthFeatures.GROUP; }
    @Override public List<Feature> features() { return FEATURES; }

    @Override
    public List<FeatureRow> rows(AuditScope scope) {
        return months.of(scope).stream().filter(m -> m.pharmacyPurchases() > 0)
                .map(m -> new FeatureRow(m.psnNo(), m.peerGroup(scope.lastDay()), m.pharmacyPaid(), new double[] {
                        Feature.log(m.pharmacyPurchases()), Feature.log(m.pharmacyPaid().doubleValue()),
                        Feature.log(m.pharmacies()), m.possessionRatio()})).toList();
    }

    @Override
    public List<String> evidence(AuditScope scope, String subjectId) {
        return PersonEvidence.settlements(scope, subjectId, "s.med_type = '41'");
    }
}
