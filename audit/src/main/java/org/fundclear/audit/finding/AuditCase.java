package org.fundclear.audit.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * All findings on one subject in one month, as one item of the inspectors' queue.
 *
 * @param priority certainty first (a DEFINITE finding outranks any SUSPECTED case), then the number of
 *                 independent signals (rules and models), the amount at risk and the strongest score
 */
public record AuditCase(SubjectType subjectType, String subjectId, Certainty certainty, double priority,
                        BigDecimal volaAmt, double maxScore, List<Finding> findings) {

    public static AuditCase of(List<Finding> findings) {
        Finding first = findings.get(0);
        boolean definite = findings.stream().anyMatch(f -> f.certainty() == Certainty.DEFINITE);
        // Findings on one subject often cite the same settlements, so amounts are not added: the largest stands.
        BigDecimal vola = findings.stream().map(Finding::volaAmt).reduce(BigDecimal.ZERO, BigDecimal::max);
        // Scores are 0–1 on one scale: rules and the ring test put 0.5 at their threshold, the calibrated models
        // at q = 1e-4 (a model flag at its false discovery rate scores 0.25 and adds no signal of its own).
        double maxScore = findings.stream().mapToDouble(Finding::score).max().orElse(0);
        // Independent signals: two rules citing the very same settlements (R03 and R17 on one split visit) count
        // once, a rule and a model agreeing count twice; weak findings (score below 0.5, e.g. a filing gap) add none.
        long sources = findings.stream().filter(f -> f.score() >= 0.5)
                .map(f -> List.of(f.ruleId().startsWith("M-"), Set.copyOf(f.setlIds()))).distinct().count();
        double priority = (definite ? 1000 : 0) + 100 * Math.min(sources, 5) + 100 * maxScore
                + 25 * Math.log10(1 + vola.doubleValue());
        return new AuditCase(first.subjectType(), first.subjectId(), definite ? Certainty.DEFINITE : Certainty.SUSPECTED,
                priority, vola, maxScore, List.copyOf(findings));
    }

    public String ruleIds() {
        return String.join(",", findings.stream().map(Finding::ruleId).distinct().sorted().toList());
    }
}
