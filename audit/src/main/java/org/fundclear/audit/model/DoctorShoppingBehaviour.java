package org.fundclear.audit.model;

import java.util.List;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.SubjectType;

/** 多头就医: many visits at many institutions, several institutions on one day. */
public final class DoctorShoppingBehaviour implements Behaviour {
    private static final List<Feature> FEATURES = List.of(
            Feature.logCount("visits", "本月门诊/购药", "次"),
            Feature.logCount("institutions", "就诊机构", "家"),
            Feature.logCount("multi_institution_days", "同日多机构就诊天数", "天"),
            Feature.logCount("max_institutions_per_day", "单日最多就诊机构", "家"));

    private final PersonMonthFeatures months;

    public DoctorShoppingBehaviour(PersonMonthFeatures months) {
        this.months = months;
    }

    @Override public String modelId() { return "M-IF-SHOPPING"; }
    @Override public String description() { return "多头就医"; }
    @Override public SubjectType subjectType() { return SubjectType.PERSON; }
    @Override public String group() { return PersonMonthFeatures.GROUP; }
    @Override public List<Feature> features() { return FEATURES; }

    @Override
    public List<FeatureRow> rows(AuditScope scope) {
        return months.of(scope).stream().map(m -> new FeatureRow(m.psnNo(), m.peerGroup(scope.lastDay()), m.paid(),
                new double[] {Feature.log(m.visits()), Feature.log(m.institutions()),
                        Feature.log(m.multiInstitutionDays()), Feature.log(m.maxInstitutionsPerDay())})).toList();
    }

    @Override
    public List<String> evidence(AuditScope scope, String subjectId) {
        return PersonEvidence.settlements(scope, subjectId, "(s.med_type IN ('11','12','13','16','41') OR s.med_type LIKE '99%')");
    }
}
