package org.fundclear.jobs.audit;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.console.TextTable;

/** The short ranked summary `audit` prints: counts per rule and the top of the inspectors' queue, ids masked. */
public final class AuditSummary {
    private AuditSummary() {
    }

    public static void print(PrintStream out, CycleMonth month, AuditResult result, int top) {
        long definite = result.cases().stream().filter(c -> c.certainty() == Certainty.DEFINITE).count();
        out.printf("audit %s: rule set %s, %,d findings, %,d cases (%,d definite)%n", month, result.ruleSetVersion(),
                result.findings().size(), result.cases().size(), definite);
        Map<String, Integer> perRule = new TreeMap<>();
        result.findings().forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
        out.println("findings per rule/model: " + perRule);
        out.println();
        TextTable queue = new TextTable("rank>", "subject", "id", "certainty", "priority>", "amount>", "rules",
                "basis (strongest finding)");
        int rank = 0;
        for (AuditCase c : result.cases()) {
            if (++rank > top) {
                break;
            }
            Finding strongest = c.findings().stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
            String basis = strongest.explanation();
            queue.row(rank, c.subjectType(), MaskedId.of(c.subjectType().name(), c.subjectId()), c.certainty(),
                    String.format("%.1f", c.priority()), c.volaAmt().toPlainString(), c.ruleIds(),
                    basis.length() > 70 ? basis.substring(0, 70) + "…" : basis);
        }
        queue.print(out);
    }
}
