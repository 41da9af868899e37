package org.fundclear.audit.learning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What the re-ranker knows of a case: the rules and models behind it, whether one is definite, its strongest score
 * and its amount at risk (the case's own figures at the time it was ranked or decided, never its verdict).
 */
public record CaseFeatures(Set<String> ruleIds, boolean definite, double maxScore, BigDecimal volaAmt) {

    public CaseFeatures {
        ruleIds = Set.copyOf(ruleIds);
    }

    public static CaseFeatures of(String ruleIdsCsv, boolean definite, double maxScore, BigDecimal volaAmt) {
        return new CaseFeatures(ruleIdsCsv == null || ruleIdsCsv.isBlank() ? Set.of()
                : Set.copyOf(List.of(ruleIdsCsv.split(","))), definite, maxScore, volaAmt);
    }

    /** The numeric features in the order of {@code vocabulary} then the case figures (see {@link #NAMES}). */
    double[] vector(List<String> vocabulary) {
        double[] x = new double[vocabulary.size() + NAMES.size()];
        for (int i = 0; i < vocabulary.size(); i++) {
            x[i] = ruleIds.contains(vocabulary.get(i)) ? 1 : 0;
        }
        int k = vocabulary.size();
        x[k] = definite ? 1 : 0;
        x[k + 1] = maxScore;
        x[k + 2] = Math.log10(1 + Math.max(0, volaAmt.doubleValue()));
        x[k + 3] = ruleIds.size();
        x[k + 4] = ruleIds.stream().allMatch(r -> r.startsWith("M-")) ? 1 : 0;
        return x;
    }

    /** The case figures after the rule indicators. */
    static final List<String> NAMES = List.of("definite", "max_score", "log10_amount", "signals", "model_only");
}
