package org.fundclear.reports.analysis;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report's five CSVs of spec/README.md ({@code report-P-R-flow.csv}, {@code -scope}, {@code -insutype},
 * {@code -category}, {@code -destinations}): RFC 4180, UTF-8 without BOM, CRLF, amounts in yuan with 2 decimals.
 */
public final class RegionReportCsv {
    private RegionReportCsv() {
    }

    /** Writes the five files into {@code dir}; returns them in the order above. */
    public static List<Path> write(RegionReport report, Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(write(dir.resolve(report.stem() + "-flow.csv"),
                List.of("period", "direction", "setl_cnt", "medfee_sumamt", "fund_pay"), report.flows(),
                r -> List.of(r.period(), r.direction().name(), count(r.figures().setlCnt()),
                        money(r.figures().medfee()), money(r.figures().fundPay()))));
        files.add(write(dir.resolve(report.stem() + "-scope.csv"),
                List.of("period", "scope", "role", "setl_cnt", "medfee_sumamt", "fund_pay"), report.scopes(),
                r -> List.of(r.period(), r.scope().name(), r.direction().role(), count(r.figures().setlCnt()),
                        money(r.figures().medfee()), money(r.figures().fundPay()))));
        files.add(write(dir.resolve(report.stem() + "-insutype.csv"),
                List.of("period", "insutype", "setl_cnt", "medfee_sumamt", "fund_pay", "acct_pay"), report.insutypes(),
                r -> List.of(r.period(), r.insutype(), count(r.figures().setlCnt()), money(r.figures().medfee()),
                        money(r.figures().fundPay()), money(r.figures().acctPay()))));
        files.add(write(dir.resolve(report.stem() + "-category.csv"),
                List.of("period", "category", "setl_cnt", "setl_share", "medfee_sumamt", "medfee_share", "fund_pay"),
                report.categories(),
                r -> List.of(r.period(), r.category().name(), count(r.figures().setlCnt()), ratio(r.setlShare()),
                        money(r.figures().medfee()), ratio(r.medfeeShare()), money(r.figures().fundPay()))));
        files.add(write(dir.resolve(report.stem() + "-destinations.csv"),
                List.of("period", "dest_admdvs", "dest_name", "inpatient_persons", "inpatient_setl_cnt",
                        "inpatient_days", "inpatient_medfee", "outpatient_persons", "outpatient_setl_cnt",
                        "outpatient_medfee", "pharmacy_persons", "pharmacy_setl_cnt", "pharmacy_medfee"),
                report.destinations(),
                r -> List.of(r.period(), r.destAdmdvs(), r.destName(), count(r.inpatientPersons()),
                        count(r.inpatientSetlCnt()), count(r.inpatientDays()), money(r.inpatientMedfee()),
                        count(r.outpatientPersons()), count(r.outpatientSetlCnt()), money(r.outpatientMedfee()),
                        count(r.pharmacyPersons()), count(r.pharmacySetlCnt()), money(r.pharmacyMedfee()))));
        return files;
    }

    private static <T> Path write(Path file, List<String> header, List<T> rows, Function<T, List<String>> fields) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                    .build(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                writer.writeRecord(header);
                rows.forEach(r -> writer.writeRecord(fields.apply(r)));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    /** Yuan with exactly two decimals (the sums are exact; no rounding happens here). */
    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** A share with 4 decimals, empty when the period's total is zero. */
    private static String ratio(BigDecimal share) {
        return share == null ? "" : share.toPlainString();
    }
}
