package org.fundclear.audit;

import java.util.List;
import java.util.Map;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.Finding;

/** What one audit run produced, with the milliseconds each rule and detector took (for the benchmark). */
public record AuditResult(long runId, String ruleSetVersion, List<Finding> findings, List<AuditCase> cases,
                          Map<String, Long> millisByStage) {
}
