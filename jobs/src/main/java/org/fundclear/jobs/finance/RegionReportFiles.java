package org.fundclear.jobs.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.reports.ReportService;
import org.fundclear.reports.analysis.RegionReport;
import org.fundclear.reports.analysis.ReportPeriod;
import org.springframework.stereotype.Service;

/** The region analysis report for the console: scoped to the user's regions, its files (CSVs and xlsx) as one zip. */
@Service
public class RegionReportFiles {
    private final ReportService reports;

    public RegionReportFiles(ReportService reports) {
        this.reports = reports;
    }

    /** The report of a region the user may see; a region outside the scope is refused like an unknown one. */
    public RegionReport report(String region, ReportPeriod period, RegionScope scope) {
        if (region != null && region.matches("\\d{6}") && !scope.covers(region)) {
            throw new UsageException("no report of region " + region + " for you");
        }
        return reports.report(region, period);
    }

    public byte[] zip(RegionReport report) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fundclear-report");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Path file : reports.write(report, dir)) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }
}
