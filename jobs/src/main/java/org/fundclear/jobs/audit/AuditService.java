package org.fundclear.jobs.audit;

import java.nio.file.Path;
import java.time.Clock;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.finding.FindingRepository;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.metrics.AuditMetrics;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Runs the audit of a month for a user (the CLI's audit and demo): the engine stores findings and cases; this stamps
 * who started the run (job history) and records stage times and findings per rule (metrics).
 */
@Service
public class AuditService {
    private final DSLContext dsl;
    private final StageDeadlines deadlines;
    private final AuditMetrics metrics;
    private final FindingRepository runs;

    public AuditService(DSLContext dsl, StageDeadlines deadlines, AuditMetrics metrics, Clock clock) {
        this.dsl = dsl;
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.runs = new FindingRepository(clock);
    }

    /** {@code learn}: re-rank the queue by earlier months' verdicts. */
    public AuditResult audit(CycleMonth month, Path models, int threads, boolean learn, String user) {
        AuditResult result = AuditCommand.engine(models, threads, deadlines, learn).run(dsl, month);
        runs.recordStarter(dsl, result.runId(), user);
        metrics.record(result);
        return result;
    }
}
