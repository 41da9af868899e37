package org.fundclear.audit.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The figures audit-eval prints.
 *
 * @param precisionAtPlanted precision of the top k cases, k = number of planted subjects
 * @param precisionAtCapacity precision of the top k cases, k = the inspectors' capacity
 * @param aucPrCases         average precision (area under the PR curve) of the case ranking over planted subjects
 * @param aucPrModels        the same for the models' scores alone (NaN when no model flagged anything)
 * @param lookalikeFpRate    share of look-alike subjects that got any finding
 * @param lookalikesInTopK   look-alike subjects among the top k cases (k = planted subjects)
 * @param unlabelledInTopK   cases in the top k on subjects nothing was planted on, by the case's rule ids
 * @param modelOnlyInCapacity cases in the top {@code capacity} that no rule backs and nothing was planted on
 */
public record EvaluationReport(List<PatternRecall> patterns, int planted, int cases, double precisionAtPlanted,
                               int capacity, double precisionAtCapacity, double aucPrCases, double aucPrModels,
                               double lookalikeFpRate, int lookalikesInTopK, Map<String, Integer> unlabelledInTopK,
                               int modelOnlyInCapacity) {

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-30s %-9s %-6s %8s %8s %7s%n", "pattern", "label", "backed", "subjects",
                "flagged", "rate"));
        for (PatternRecall p : patterns) {
            out.append(String.format("%-30s %-9s %-6s %8d %8d %7.3f%n", p.pattern(), p.label(), p.backing(),
                    p.subjects(), p.flagged(), p.rate()));
        }
        out.append(String.format("cases %d, planted subjects %d%n", cases, planted));
        out.append(String.format("precision@%d (planted) %.3f   precision@%d (capacity) %.3f%n", planted,
                precisionAtPlanted, capacity, precisionAtCapacity));
        out.append(String.format("AUC-PR cases %.3f   AUC-PR models %s%n", aucPrCases,
                Double.isNaN(aucPrModels) ? "n/a" : String.format("%.3f", aucPrModels)));
        out.append(String.format("look-alike false-positive rate %.3f   look-alikes in the top %d: %d%n",
                lookalikeFpRate, planted, lookalikesInTopK));
        out.append(String.format("unlabelled cases in the top %d: %d %s%n", planted,
                unlabelledInTopK.values().stream().mapToInt(Integer::intValue).sum(), unlabelledInTopK));
        out.append(String.format("model-only cases on unlabelled subjects in the top %d: %d%n", capacity,
                modelOnlyInCapacity));
        return out.toString();
    }
}
