package org.fundclear.jobs.finance;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.finding.FindingsCsv;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.reports.export.CycleExports;
import org.fundclear.reports.export.StatementWorkbook;
import org.fundclear.reports.finance.FinanceMonth;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * A month's output files (spec/README.md): the clearing, reconciliation, rejects, advance and findings CSVs and one
 * xlsx statement per insured and per treatment region. `export`, the demo and the monthly schedule all write them here.
 */
@Service
public class MonthExportService {
    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final Clock clock;

    public MonthExportService(DSLContext dsl, ClearingCycle cycle, Clock clock) {
        this.dsl = dsl;
        this.cycle = cycle;
        this.clock = clock;
    }

    public List<Path> write(CycleMonth month, Path out) {
        List<Path> files = new ArrayList<>();
        files.add(CycleExports.clearing(dsl, month, out));
        files.add(CycleExports.reconciliation(dsl, month, out));
        files.add(CycleExports.rejects(dsl, month, out));
        files.add(CycleExports.advance(dsl, month, out));
        files.add(FindingsCsv.write(dsl, month, out));
        LocalDateTime now = LocalDateTime.now(clock);
        Long job = cycle.periods().find(dsl, month).map(p -> p.getJobExecutionId()).orElse(null);
        for (String insu : FinanceMonth.insuredRegions(dsl, month)) {
            files.add(StatementWorkbook.write(dsl, month, insu, out, now, job));
        }
        for (String mdtrtarea : FinanceMonth.treatmentRegions(dsl, month)) {
            files.add(StatementWorkbook.write(dsl, StatementWorkbook.Side.TREATMENT, month, mdtrtarea, out, now, job));
        }
        return files;
    }

    /** The month's clearing state, to tell the user when the clearing files are still empty. */
    public PeriodStatus status(CycleMonth month) {
        return cycle.periods().status(dsl, month);
    }
}
