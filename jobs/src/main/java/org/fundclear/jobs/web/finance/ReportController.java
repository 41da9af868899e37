package org.fundclear.jobs.web.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.finance.RegionReportFiles;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.fundclear.reports.analysis.DestinationRow;
import org.fundclear.reports.analysis.RegionReport;
import org.fundclear.reports.analysis.ReportPeriod;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 分析报告: a region's analysis report (ReportService) with an SVG chart, and its files as a zip. */
@Controller
public class ReportController {
    private final RegionReportFiles reports;

    public ReportController(RegionReportFiles reports) {
        this.reports = reports;
    }

    /** Medical fees per destination of the report's period, largest first (at most 12 bars). */
    public record Bar(String label, String amount, int width) {
    }

    @GetMapping("/finance/report")
    public String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String region,
                       @RequestParam(defaultValue = "") String period, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("period", period);
        if (region.isBlank() || period.isBlank()) {
            return "finance/report";
        }
        try {
            RegionReport report = reports.report(region.strip(), period(period.strip()), user.account().scope());
            model.addAttribute("report", report);
            model.addAttribute("bars", bars(report));
        } catch (UsageException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "finance/report";
    }

    @GetMapping("/finance/report.zip")
    public ResponseEntity<byte[]> zip(@AuthenticationPrincipal ConsoleUser user, @RequestParam String region,
                                      @RequestParam String period) {
        try {
            RegionReport report = reports.report(region.strip(), period(period.strip()), user.account().scope());
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(report.stem() + ".zip", StandardCharsets.UTF_8).build().toString())
                    .body(reports.zip(report));
        } catch (UsageException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static ReportPeriod period(String text) {
        try {
            return text.matches("\\d{4}") ? ReportPeriod.year(Integer.parseInt(text)) : ReportPeriod.month(YearMonth.parse(text));
        } catch (RuntimeException e) {
            throw new UsageException("期间应为 YYYY 或 YYYY-MM：" + text);
        }
    }

    private static List<Bar> bars(RegionReport report) {
        List<DestinationRow> rows = report.destinations().stream()
                .filter(d -> d.period().equals(report.period().label()))
                .sorted(Comparator.comparing(ReportController::medfee).reversed()).limit(12).toList();
        BigDecimal max = rows.stream().map(ReportController::medfee).max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
        return rows.stream().map(d -> new Bar(d.destAdmdvs() + " " + d.destName(),
                String.format("%,.2f", medfee(d)), max.signum() <= 0 ? 0
                        : medfee(d).multiply(BigDecimal.valueOf(600)).divide(max, 0, java.math.RoundingMode.HALF_UP)
                        .intValue())).toList();
    }

    private static BigDecimal medfee(DestinationRow d) {
        return d.inpatientMedfee().add(d.outpatientMedfee()).add(d.pharmacyMedfee());
    }
}
