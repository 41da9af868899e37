package org.fundclear.jobs.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fundclear.clearing.cycle.ClearedSettlements;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.reports.analysis.RegionReport;
import org.fundclear.reports.analysis.RegionReportCsv;
import org.fundclear.reports.analysis.RegionReportQuery;
import org.fundclear.reports.analysis.RegionReportWorkbook;
import org.fundclear.reports.analysis.ReportPeriod;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** The region's analysis report (spec report-PERIOD-REGION): computed once, rendered by the CLI and the console. */
@Service
public class ReportService {
    private static final Pattern ADMDVS = Pattern.compile("\\d{6}");

    private final DSLContext dsl;
    private final RegionReportQuery query;

    public ReportService(DSLContext dsl, ClearingCycle cycle) {
        this.dsl = dsl;
        this.query = new RegionReportQuery(new ClearedSettlements(cycle.periods()));
    }

    /** The report; a region that is not 6 digits or a period without a cleared cycle is a usage error. */
    public RegionReport report(String region, ReportPeriod period) {
        if (region == null || !ADMDVS.matcher(region).matches()) {
            throw new UsageException("the region must be a 6-digit region code (admdvs), e.g. 530900 (got '" + region + "')");
        }
        if (query.clearedCycles(dsl, period).isEmpty()) {
            throw new UsageException("no clearing cycle of " + period + " is cleared yet; a report covers cleared "
                    + "cycles only (./fundclear clear --month YYYY-MM)");
        }
        return query.report(dsl, region, period);
    }

    /** Writes the report's CSVs and workbook into {@code dir}; returns the files written. */
    public List<Path> write(RegionReport report, Path dir) {
        List<Path> files = new ArrayList<>(RegionReportCsv.write(report, dir));
        files.add(RegionReportWorkbook.write(report, dir));
        return files;
    }
}
