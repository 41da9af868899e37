package org.fundclear.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.CaseBuilder;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.FindingRepository;
import org.fundclear.audit.model.Detector;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/** Audits a month: every rule, then every detector; findings merge into cases and replace the month's earlier run. */
public final class AuditEngine {
    private final RuleSet ruleSet;
    private final List<Detector> detectors;
    private final FindingRepository repository;

    public AuditEngine(RuleSet ruleSet, List<Detector> detectors, Clock clock) {
        this.ruleSet = ruleSet;
        this.detectors = List.copyOf(detectors);
        this.repository = new FindingRepository(clock);
    }

    public AuditResult run(DSLContext dsl, CycleMonth month) {
        AuditScope scope = new AuditScope(dsl, month);
        long runId = repository.startRun(dsl, month, ruleSet.version(), ruleSet.definition());
        Map<String, Long> millis = new LinkedHashMap<>();
        long prepared = System.nanoTime();
        scope.prepare();
        millis.put("audit_visit", (System.nanoTime() - prepared) / 1_000_000);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : ruleSet.rules()) {
            long start = System.nanoTime();
            findings.addAll(rule.evaluate(scope));
            millis.put(rule.id(), (System.nanoTime() - start) / 1_000_000);
        }
        for (Detector detector : detectors) {
            long start = System.nanoTime();
            findings.addAll(detector.detect(scope));
            millis.put(detector.id(), (System.nanoTime() - start) / 1_000_000);
        }
        long start = System.nanoTime();
        List<AuditCase> cases = CaseBuilder.build(findings);
        repository.store(dsl, runId, month, ruleSet.version(), findings, cases);
        millis.put("store", (System.nanoTime() - start) / 1_000_000);
        return new AuditResult(runId, ruleSet.version(), findings, cases, millis);
    }
}
