package org.fundclear.audit.casework;

import java.util.List;
import java.util.Set;

/** Everything a case page shows of the case itself (the subject's records come from the dossier). */
public record CaseView(CaseRow row, List<FindingView> findings, List<CaseEvent> events, List<VerdictView> verdicts,
                       Set<CaseAction> allowedActions) {
}
