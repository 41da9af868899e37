package org.fundclear.audit.casework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The supervisors' view of the work: open cases by stage and age, overdue count, each user's caseload, and per
 * rule or model the decided cases, the confirmed share and the money confirmed (precision from verdicts).
 */
public record Dashboard(List<StageBacklog> backlog, long overdue, List<Caseload> caseloads, List<RulePrecision> rules) {

    /** Open cases in one stage, by days waiting: ≤ 5, 6–20, over 20. */
    public record StageBacklog(CaseStatus status, long upTo5Days, long upTo20Days, long older) {
        public long total() {
            return upTo5Days + upTo20Days + older;
        }
    }

    public record Caseload(String user, long open, long overdue) {
    }

    public record RulePrecision(String ruleId, long decided, long confirmed, BigDecimal confirmedAmount) {
        public BigDecimal confirmedShare() {
            return decided == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(decided), 4, java.math.RoundingMode.HALF_UP);
        }
    }
}
