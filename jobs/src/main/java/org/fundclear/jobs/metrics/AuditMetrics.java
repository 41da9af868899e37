package org.fundclear.jobs.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.finding.Finding;
import org.springframework.stereotype.Component;

/** Time per audit stage and findings per rule or model, recorded after each audit run. */
@Component
public class AuditMetrics {
    private final MeterRegistry registry;

    public AuditMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(AuditResult result) {
        result.millisByStage().forEach((stage, millis) -> Timer.builder("fundclear.audit.stage.duration")
                .description("Time of one audit stage").tag("stage", stage).register(registry)
                .record(Duration.ofMillis(millis)));
        for (Finding finding : result.findings()) {
            Counter.builder("fundclear.audit.findings").description("Findings raised, per rule or model")
                    .tag("rule", finding.ruleId()).register(registry).increment();
        }
    }
}
