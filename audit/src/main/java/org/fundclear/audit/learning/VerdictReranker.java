package org.fundclear.audit.learning;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_VERDICT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Learning from verdicts: the standing decision of every case closed in an earlier month trains a
 * {@link VerdictModel}; a month's cases are then re-ranked by it. The rules' own priority stays the base, scaled
 * by what people concluded about cases like it: priority × (0.25 + 1.5 × P(confirmed)), so a case of a kind
 * inspectors keep dismissing sinks and one they keep confirming rises. Only earlier months train the model, so a
 * month's own verdicts never rank it.
 */
public final class VerdictReranker {
    private VerdictReranker() {
    }

    /** How one case was re-ranked, for its page. */
    public record Ranking(double basePriority, double probability, String basis) {
    }

    /** The model from the verdicts of months before {@code month}, if there are enough of them. */
    public static Optional<VerdictModel> model(DSLContext dsl, CycleMonth month) {
        var latest = DSL.select(DSL.max(AUDIT_VERDICT.ID)).from(AUDIT_VERDICT).join(AUDIT_CASE)
                .on(AUDIT_CASE.ID.eq(AUDIT_VERDICT.CASE_ID))
                .where(AUDIT_CASE.CYCLE_MONTH.lt(month.toString()))
                .and(AUDIT_CASE.STATUS.in("CONFIRMED", "DISMISSED"))
                .groupBy(AUDIT_VERDICT.CASE_ID);
        List<VerdictModel.Labelled> decided = dsl.select(AUDIT_VERDICT.RULE_IDS, AUDIT_VERDICT.MAX_SCORE,
                        AUDIT_VERDICT.VOLA_AMT, AUDIT_VERDICT.VERDICT, AUDIT_CASE.CERTAINTY)
                .from(AUDIT_VERDICT).join(AUDIT_CASE).on(AUDIT_CASE.ID.eq(AUDIT_VERDICT.CASE_ID))
                .where(AUDIT_VERDICT.ID.in(latest))
                .fetch(r -> new VerdictModel.Labelled(CaseFeatures.of(r.value1(), Certainty.DEFINITE.name()
                        .equals(r.value5()), r.value2().doubleValue(), r.value3()), "CONFIRMED".equals(r.value4())));
        return VerdictModel.train(decided);
    }

    /** The cases with learned priorities, highest first; {@code rankings} receives each case's basis. */
    public static List<AuditCase> rerank(List<AuditCase> cases, VerdictModel model, Map<String, Ranking> rankings) {
        List<AuditCase> out = new ArrayList<>(cases.size());
        for (AuditCase c : cases) {
            CaseFeatures f = CaseFeatures.of(c.ruleIds(), c.certainty() == Certainty.DEFINITE, c.maxScore(), c.volaAmt());
            double p = model.probability(f);
            double priority = c.priority() * (0.25 + 1.5 * p);
            rankings.put(c.subjectType() + ":" + c.subjectId(), new Ranking(c.priority(), p,
                    String.format(java.util.Locale.ROOT, "learned from %d verdicts: P(confirmed) %.2f; %s",
                            model.trainedOn(), p, model.explain(f, 4))));
            out.add(new AuditCase(c.subjectType(), c.subjectId(), c.certainty(), priority, c.volaAmt(), c.maxScore(),
                    c.findings()));
        }
        out.sort(Comparator.comparingDouble(AuditCase::priority).reversed().thenComparing(AuditCase::subjectId));
        return out;
    }
}
