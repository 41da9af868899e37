package org.fundclear.jobs.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.reports.export.CycleExports;
import org.fundclear.reports.export.ChineseAmount;
import org.fundclear.reports.export.StatementWorkbook;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two generated months with reversals, cross-month reversals, held and late items, imported and
 * cleared by the real job: every setl_id's status and every clearing line equal an independent
 * recomputation from the raw files, to the fen; the xlsx totals equal the CSV; a cleared month is
 * refused and a reopened one is replaced, not added to.
 */
class ClearingCycleTest {
    private static final YearMonth FIRST = YearMonth.of(2026, 9);

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void twoMonthsClearExactlyAsRecomputedFromTheFiles(DatabaseVendor vendor, @TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(FIRST, 2, dir, 1500, 3));
        IndependentClearing expected = new IndependentClearing();
        try (TestDatabase db = TestDatabase.create(vendor);
             ConfigurableApplicationContext context = TestApplication.start(db)) {
            DSLContext dsl = db.dsl();
            for (YearMonth ym : List.of(FIRST, FIRST.plusMonths(1))) {
                CycleMonth month = new CycleMonth(ym);
                Path input = dir.resolve(ym.toString());
                context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                        InputFiles.expand(List.of(input)));
                ClearOutcome outcome = context.getBean(ClearService.class).clear(month, "tester");
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);

                expected.load(ym.toString(), input.resolve("settlements-" + ym + ".csv"), input.resolve("ledger-" + ym + ".csv"));
                Map<String, String> statuses = expected.reconcile(ym.toString());
                statuses.values().removeIf("MATCHED"::equals); // held rows are stored; the rest matched
                assertThat(productStatuses(dsl, month)).as("reconciliation of " + ym).isEqualTo(statuses);
                assertThat(productLines(dsl, month)).as("clearing lines of " + ym).isEqualTo(normalise(expected.lines(ym.toString())));

                Path out = dir.resolve("out-" + ym);
                Path csv = CycleExports.clearing(dsl, month, out);
                assertCsvEqualsLines(csv, normalise(expected.lines(ym.toString())));
                assertStatementsEqualCsv(dsl, month, out, csv);
            }
            assertTruthFile(dir.resolve("scenario-truth.csv"), expected);

            CycleMonth second = new CycleMonth(FIRST.plusMonths(1));
            ClearService clears = context.getBean(ClearService.class);
            assertThat(clears.clear(second, "tester").result()).isEqualTo(ClearOutcome.Result.REFUSED);
            Map<List<String>, List<BigDecimal>> before = productLines(dsl, second);
            int reconciled = dsl.fetchCount(RECONCILIATION, RECONCILIATION.CYCLE_MONTH.eq(second.toString()));
            dsl.transaction(tx -> context.getBean(ClearingCycle.class).reopen(tx.dsl(), second, "tester", "re-run test"));
            assertThat(dsl.fetchCount(CLEARING_LINE, CLEARING_LINE.CYCLE_MONTH.eq(second.toString()))).isZero();
            assertThat(clears.clear(second, "tester").result()).isEqualTo(ClearOutcome.Result.CLEARED);
            assertThat(productLines(dsl, second)).isEqualTo(before);
            assertThat(dsl.fetchCount(RECONCILIATION, RECONCILIATION.CYCLE_MONTH.eq(second.toString()))).isEqualTo(reconciled);
        }
    }

    static Map<String, String> productStatuses(DSLContext dsl, CycleMonth month) {
        Map<String, String> statuses = new java.util.TreeMap<>();
        dsl.select(RECONCILIATION.SETL_ID, RECONCILIATION.STATUS).from(RECONCILIATION)
                .where(RECONCILIATION.CYCLE_MONTH.eq(month.toString()))
                .forEach(r -> statuses.put(r.value1(), r.value2()));
        return statuses;
    }

    static Map<List<String>, List<BigDecimal>> productLines(DSLContext dsl, CycleMonth month) {
        Map<List<String>, List<BigDecimal>> lines = new java.util.TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        for (var l : dsl.selectFrom(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).fetch()) {
            assertThat(l.getNetPayable()).isEqualByComparingTo(l.getFundPaySumamt().add(l.getAcctPay()).subtract(l.getDeductionAmt()));
            List<BigDecimal> values = new ArrayList<>();
            values.add(BigDecimal.valueOf(l.getSetlCnt()));
            for (String a : IndependentClearing.AMOUNTS) {
                values.add(l.get(a, BigDecimal.class).setScale(2));
            }
            lines.put(List.of(l.getInsuAdmdvs(), l.getMdtrtareaAdmdvs(), l.getInsutype(), l.getMedType()), values);
        }
        return normalise(lines);
    }

    /** Zero lines may be written or left out (spec); compare amounts at scale 2. */
    private static Map<List<String>, List<BigDecimal>> normalise(Map<List<String>, List<BigDecimal>> lines) {
        lines.values().forEach(v -> v.replaceAll(x -> x.setScale(2, RoundingMode.UNNECESSARY)));
        lines.values().removeIf(v -> v.stream().allMatch(x -> x.signum() == 0));
        return lines;
    }

    private static void assertCsvEqualsLines(Path csv, Map<List<String>, List<BigDecimal>> expected) throws Exception {
        Map<List<String>, List<BigDecimal>> fromCsv = new java.util.TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord r : reader) {
                assertThat(new BigDecimal(r.getField("net_payable"))).isEqualByComparingTo(
                        new BigDecimal(r.getField("fund_pay_sumamt")).add(new BigDecimal(r.getField("acct_pay")))
                                .subtract(new BigDecimal(r.getField("deduction_amt"))));
                List<BigDecimal> values = new ArrayList<>();
                values.add(new BigDecimal(r.getField("setl_cnt")));
                for (String a : IndependentClearing.AMOUNTS) {
                    assertThat(r.getField(a)).matches("-?\\d+\\.\\d{2}");
                    values.add(new BigDecimal(r.getField(a)));
                }
                fromCsv.put(List.of(r.getField("insu_admdvs"), r.getField("mdtrtarea_admdvs"), r.getField("insutype"),
                        r.getField("med_type")), values);
            }
        }
        assertThat(normalise(fromCsv)).isEqualTo(expected);
    }

    /**
     * Each statement's total row, insured side and treatment side, equals the sum of its region's CSV lines,
     * column by column; the total payable is also written in Chinese capitals, and the signature block is there.
     */
    private static void assertStatementsEqualCsv(DSLContext dsl, CycleMonth month, Path out, Path csv) throws Exception {
        for (StatementWorkbook.Side side : StatementWorkbook.Side.values()) {
            Map<String, BigDecimal[]> csvTotals = new HashMap<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
                for (NamedCsvRecord r : reader) {
                    String region = r.getField(side == StatementWorkbook.Side.INSURED ? "insu_admdvs" : "mdtrtarea_admdvs");
                    BigDecimal[] t = csvTotals.computeIfAbsent(region, k -> zeros(13));
                    t[0] = t[0].add(new BigDecimal(r.getField("setl_cnt")));
                    List<String> cols = List.of("medfee_sumamt", "fund_pay_sumamt", "hifp_pay", "hifmi_pay", "hifob_pay",
                            "cvlserv_pay", "maf_pay", "oth_pay", "acct_pay", "psn_cash_pay", "deduction_amt", "net_payable");
                    for (int i = 0; i < cols.size(); i++) {
                        t[i + 1] = t[i + 1].add(new BigDecimal(r.getField(cols.get(i))));
                    }
                }
            }
            assertThat(csvTotals).isNotEmpty();
            for (var e : csvTotals.entrySet()) {
                Path xlsx = StatementWorkbook.write(dsl, side, month, e.getKey(), out, LocalDateTime.now(), 42L);
                try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                    Sheet sheet = book.getSheetAt(0);
                    Row total = null;
                    List<String> texts = new ArrayList<>();
                    for (Row row : sheet) {
                        if (row.getCell(0) != null && row.getCell(0).toString().startsWith("合计")) {
                            total = row;
                        }
                        row.forEach(c -> texts.add(c.toString()));
                    }
                    assertThat(total).as("total row of " + xlsx).isNotNull();
                    for (int i = 0; i < 13; i++) {
                        BigDecimal cell = BigDecimal.valueOf(total.getCell(3 + i).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                        assertThat(cell).as(xlsx.getFileName() + " column " + i).isEqualByComparingTo(e.getValue()[i]);
                    }
                    assertThat(texts).as(xlsx.getFileName().toString()).anyMatch(t -> t.contains("人民币" + ChineseAmount.of(e.getValue()[12])))
                            .anyMatch(t -> t.startsWith("经办人")).anyMatch(t -> t.startsWith("复核人")).anyMatch(t -> t.startsWith("负责人"));
                    assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
                }
            }
        }
    }

    private static void assertTruthFile(Path truth, IndependentClearing expected) throws Exception {
        int rows = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(truth)) {
            for (NamedCsvRecord r : reader) {
                String want = r.getField("expected_first_matched_cycle");
                assertThat(expected.matchedIn(r.getField("setl_id"))).as(r.toString()).isEqualTo(want.isEmpty() ? null : want);
                rows++;
            }
        }
        assertThat(rows).isPositive();
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }
}
