package org.fundclear.jobs.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.jobs.reports.ReportService;
import org.fundclear.reports.analysis.CategoryRow;
import org.fundclear.reports.analysis.FlowRow;
import org.fundclear.reports.analysis.RegionReport;
import org.fundclear.reports.analysis.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Write the region's cross-region settlement analysis (spec report-PERIOD-REGION): "
        + "five CSVs and an xlsx with charts, from the settlements the period's cleared cycles cleared.")
public class ReportCommand implements Callable<Integer> {
    @Option(names = "--region", required = true, paramLabel = "ADMDVS", description = "the region (6 digits, as in regions.csv)")
    String region;

    @Option(names = "--year", paramLabel = "YYYY", description = "a calendar year of clearing cycles")
    String year;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "one clearing cycle")
    CycleMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        ReportPeriod period = period();
        try (var context = ApplicationContexts.start(db.resolve())) {
            ReportService service = context.getBean(ReportService.class);
            RegionReport report = service.report(region, period);
            List<Path> files = service.write(report, out);
            print(System.out, report, files);
            return ExitCodes.OK;
        }
    }

    private ReportPeriod period() {
        if ((year == null) == (month == null)) {
            throw new UsageException("give exactly one of --year YYYY or --month YYYY-MM");
        }
        if (month != null) {
            return ReportPeriod.month(month.value());
        }
        if (!year.matches("\\d{4}")) {
            throw new UsageException("--year must be YYYY, e.g. 2026 (got '" + year + "')");
        }
        return ReportPeriod.year(Integer.parseInt(year));
    }

    private static void print(PrintStream out, RegionReport r, List<Path> files) {
        out.println("异地就医分析报告 " + r.regionName() + " (" + r.region() + "), " + r.period());
        out.println("cleared cycles: " + join(r.cycles()) + (r.previousCycles().isEmpty()
                ? "; " + r.previousPeriod() + ": no cleared cycle, no comparison"
                : "; compared with " + r.previousPeriod() + " (" + join(r.previousCycles()) + ")"));
        out.println();
        TextTable flows = new TextTable("period", "direction", "人次>", "医疗费用总额>", "基金支付总额>");
        for (FlowRow f : r.flows()) {
            flows.row(f.period(), f.direction().name() + " " + f.direction().zh(), String.format("%,d", f.figures().setlCnt()),
                    yuan(f.figures().medfee()), yuan(f.figures().fundPay()));
        }
        flows.print(out, "  ");
        out.println();
        TextTable categories = new TextTable("医疗类别", "人次>", "人次占比>", "医疗费用总额>", "基金支付总额>");
        for (CategoryRow c : r.categories()) {
            categories.row(c.category().zh(), String.format("%,d", c.figures().setlCnt()), percent(c.setlShare()),
                    yuan(c.figures().medfee()), yuan(c.figures().fundPay()));
        }
        categories.print(out, "  ");
        out.println();
        out.println(r.destinations().size() + " destinations of the region's insured; files written:");
        files.forEach(f -> out.println("  " + f));
    }

    private static String join(List<CycleMonth> cycles) {
        return cycles.stream().map(CycleMonth::toString).collect(Collectors.joining(", "));
    }

    private static String yuan(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).setScale(2) + "%";
    }
}
