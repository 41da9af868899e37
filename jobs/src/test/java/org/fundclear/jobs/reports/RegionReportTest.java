package org.fundclear.jobs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.cli.FundclearCommand;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.clearing.IndependentClearing;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.reports.analysis.RegionReport;
import org.fundclear.reports.analysis.ReportPeriod;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Four generated months across a year end (2025-11 … 2026-02: reversals of earlier months, held rows whose ledger
 * row arrives the next month, late rows, regions on neither side), imported and cleared by the real jobs; the
 * report's five CSVs equal an independent recomputation from the raw files, row by row and to the fen, for a
 * year with a cleared previous year, a month without one, and regions chosen because a row they are the insured
 * region of was held across the year end, or taken back by a reversal inside the year (persons). The command line refuses what it must with exit 2.
 */
class RegionReportTest {
    private static final YearMonth FIRST = YearMonth.of(2025, 11);
    private static final List<String> TABLES = List.of("flow", "scope", "insutype", "category", "destinations");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void reportCsvsEqualAnIndependentRecomputation(DatabaseVendor vendor, @TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(FIRST, 4, dir, 1500, 11));
        IndependentClearing clearing = new IndependentClearing();
        try (TestDatabase db = TestDatabase.create(vendor);
             ConfigurableApplicationContext context = TestApplication.start(db)) {
            for (int k = 0; k < 4; k++) {
                YearMonth ym = FIRST.plusMonths(k);
                Path input = dir.resolve(ym.toString());
                context.getBean(ImportService.class).importFiles(new CycleMonth(ym), StandardCharsets.UTF_8,
                        InputFiles.expand(List.of(input)));
                ClearOutcome outcome = context.getBean(ClearService.class).clear(new CycleMonth(ym), "tester");
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
                clearing.load(ym.toString(), input.resolve("settlements-" + ym + ".csv"), input.resolve("ledger-" + ym + ".csv"));
                clearing.reconcile(ym.toString());
            }
            IndependentReport expected = new IndependentReport(clearing, regionNames(dir.resolve("2026-02/regions.csv")));
            String heldAcrossYearEnd = regionHeldAcrossYearEnd(clearing);
            String reversedInYear = regionWithReversalInYear(clearing);
            ReportService reports = context.getBean(ReportService.class);

            for (String region : List.of("530900", heldAcrossYearEnd, reversedInYear)) {
                Map<String, List<List<String>>> year = expected.tables(region, "2026", List.of("2026-01", "2026-02"),
                        "2025", List.of("2025-11", "2025-12"));
                assertThat(year.get("flow")).extracting(r -> r.get(0)).contains("2026", "2025");
                assertReport(reports, region, ReportPeriod.year(2026), dir.resolve("y-" + region), year);

                Map<String, List<List<String>>> month = expected.tables(region, "2026-01", List.of("2026-01"),
                        "2025-01", List.of());
                assertThat(month.get("flow")).extracting(r -> r.get(0)).containsOnly("2026-01");
                assertReport(reports, region, ReportPeriod.month(YearMonth.of(2026, 1)), dir.resolve("m-" + region), month);
            }
            assertReport(reports, "530900", ReportPeriod.year(2025), dir.resolve("y2025"),
                    expected.tables("530900", "2025", List.of("2025-11", "2025-12"), "2024", List.of()));

            String url = db.url() + (vendor == DatabaseVendor.POSTGRESQL ? "?user=postgres" : "");
            Path cliOut = dir.resolve("cli");
            assertThat(FundclearCommand.run("report", "--db", url, "--region", "530900", "--year", "2026",
                    "--out", cliOut.toString())).isZero();
            assertThat(cliOut.resolve("report-2026-530900-destinations.csv")).exists();
            assertThat(cliOut.resolve("report-2026-530900.xlsx")).isNotEmptyFile();
            assertThat(FundclearCommand.run("report", "--db", url, "--region", "530900", "--year", "2024",
                    "--out", cliOut.toString())).as("no cleared cycle").isEqualTo(2);
            assertThat(FundclearCommand.run("report", "--db", url, "--region", "5309", "--month", "2026-01",
                    "--out", cliOut.toString())).as("region not 6 digits").isEqualTo(2);
            assertThat(FundclearCommand.run("report", "--db", url, "--region", "530900", "--year", "2026",
                    "--month", "2026-01", "--out", cliOut.toString())).as("both periods").isEqualTo(2);
            assertThat(FundclearCommand.run("report", "--db", url, "--region", "530900", "--out", cliOut.toString()))
                    .as("no period").isEqualTo(2);
        }
    }

    private static void assertReport(ReportService reports, String region, ReportPeriod period, Path out,
                                     Map<String, List<List<String>>> expected) throws IOException {
        RegionReport report = reports.report(region, period);
        reports.write(report, out);
        for (String table : TABLES) {
            Path file = out.resolve("report-" + period + "-" + region + "-" + table + ".csv");
            List<List<String>> actual = read(file);
            List<List<String>> want = new ArrayList<>(expected.get(table));
            assertThat(want).as(table + " expected rows").isNotEmpty();
            if (!table.equals("flow") && !table.equals("destinations")) { // row order is the spec's only for these two
                Comparator<List<String>> byKey = Comparator.comparing(r -> String.join("|", r));
                actual.sort(byKey);
                want.sort(byKey);
            }
            assertThat(actual).as(file.getFileName().toString()).containsExactlyElementsOf(want);
        }
    }

    /** Data rows of a report CSV, after checking its header against the spec. */
    private static List<List<String>> read(Path file) throws IOException {
        Map<String, String> headers = Map.of(
                "flow", "period,direction,setl_cnt,medfee_sumamt,fund_pay",
                "scope", "period,scope,role,setl_cnt,medfee_sumamt,fund_pay",
                "insutype", "period,insutype,setl_cnt,medfee_sumamt,fund_pay,acct_pay",
                "category", "period,category,setl_cnt,setl_share,medfee_sumamt,medfee_share,fund_pay",
                "destinations", "period,dest_admdvs,dest_name,inpatient_persons,inpatient_setl_cnt,inpatient_days,"
                        + "inpatient_medfee,outpatient_persons,outpatient_setl_cnt,outpatient_medfee,pharmacy_persons,"
                        + "pharmacy_setl_cnt,pharmacy_medfee");
        String name = file.getFileName().toString();
        String table = name.substring(name.lastIndexOf('-') + 1, name.length() - ".csv".length());
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    assertThat(String.join(",", r.getFields())).isEqualTo(headers.get(table));
                    header = false;
                } else {
                    rows.add(new ArrayList<>(r.getFields()));
                }
            }
        }
        return rows;
    }

    /** An insured region with a row of 2025-12 that was held at the year end and cleared in 2026-01. */
    private static String regionHeldAcrossYearEnd(IndependentClearing clearing) {
        return clearing.matchedSettlements().entrySet().stream()
                .filter(e -> "2026-01".equals(clearing.matchedIn(e.getKey()))
                        && e.getValue().get("setl_time").startsWith("2025-12"))
                .map(e -> e.getValue().get("insu_admdvs")).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("the scenario holds nothing across the year end"));
    }

    /**
     * An insured region with a person whose only row at a destination and kind of care in 2026 a reversal took
     * back inside 2026: that person must not be counted.
     */
    private static String regionWithReversalInYear(IndependentClearing clearing) {
        Map<String, Map<String, String>> rows = clearing.matchedSettlements();
        Map<String, Integer> normalRows = new HashMap<>();
        rows.forEach((id, f) -> {
            if ("0".equals(f.get("refd_setl_flag")) && List.of("2026-01", "2026-02").contains(clearing.matchedIn(id))) {
                normalRows.merge(careKey(f), 1, Integer::sum);
            }
        });
        return rows.entrySet().stream()
                .filter(e -> "2026-02".equals(clearing.matchedIn(e.getKey())) && "1".equals(e.getValue().get("refd_setl_flag"))
                        && "2026-01".equals(clearing.matchedIn(e.getValue().get("init_setl_id")))
                        && normalRows.get(careKey(e.getValue())) == 1)
                .map(e -> e.getValue().get("insu_admdvs")).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("the scenario has no reversal inside 2026 that removes a person"));
    }

    /** Person, treatment region and kind of care (chronic counts as outpatient) of a settlement row. */
    private static String careKey(Map<String, String> f) {
        String category = IndependentReport.category(f.get("med_type"));
        return f.get("insu_admdvs") + "|" + f.get("psn_no") + "|" + f.get("mdtrtarea_admdvs") + "|"
                + (category.equals("CHRONIC") ? "GENERAL" : category);
    }

    private static Map<String, String> regionNames(Path regionsCsv) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(regionsCsv)) {
            reader.forEach(r -> names.put(r.getField("admdvs"), r.getField("name")));
        }
        assertThat(Files.size(regionsCsv)).isPositive();
        return names;
    }
}
