package org.fundclear.audit.casework;

import java.math.BigDecimal;
import java.util.List;

/** A finding behind a case, as its page shows it: the rule or model, how sure, the evidence and the basis. */
public record FindingView(long id, String ruleId, String certainty, BigDecimal score, BigDecimal volaAmt,
                          List<String> setlIds, long evidenceCount, String explanation, String ruleSetVersion) {
}
