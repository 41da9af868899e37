package org.fundclear.reports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundclear.clearing.model.CycleMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read back with POI: the five sheets, figures in 万人次 / 万元 as the 临沧市 2022 report prints them
 * (its flow rows and the change it states: 19.28 万人次, 5.17 more, 36.67 %), and native charts.
 */
class RegionReportWorkbookTest {

    @Test
    void sheetsValuesAndChartsAsTheSeedReportShowsThem(@TempDir Path dir) throws Exception {
        Path file = RegionReportWorkbook.write(lincang(), dir);
        assertThat(file.getFileName().toString()).isEqualTo("report-2022-530900.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("就医流向", "省内跨省", "险种", "医疗类别", "就医地");

            XSSFSheet flow = book.getSheet("就医流向");
            assertThat(row(flow, "2022", "临沧市参保人员到外地就医")).containsExactly(19.28, 41938.50, 26289.30);
            assertThat(row(flow, "2021", "临沧市参保人员到外地就医")).containsExactly(14.10, 34550.14, 21746.77);
            assertThat(row(flow, "2022 比 2021", "临沧市参保人员到外地就医")).containsExactly(5.17, 0.3667, 4542.53, 0.2089);

            assertThat(row(book.getSheet("医疗类别"), "药店购药", null)).containsExactly(22.18, 0.6662, 2938.03, 0.0626, 2915.34);
            assertThat(row(book.getSheet("险种"), "职工基本医疗保险（310）", null)).containsExactly(29.31, 16786.18, 13092.60, 4618.75);
            assertThat(row(book.getSheet("就医地"), "广东省", null))
                    .containsExactly(506.0, 621.0, 5779.0, 10111097.62, 10.0, 26.0, 8706.74, 0.0, 0.0, 0.0);

            int charts = 0;
            for (XSSFSheet sheet : List.of(flow, book.getSheet("医疗类别"), book.getSheet("就医地"))) {
                List<XSSFChart> found = sheet.getDrawingPatriarch().getCharts();
                assertThat(found).as(sheet.getSheetName()).hasSize(1);
                charts += found.size();
            }
            assertThat(charts).isGreaterThanOrEqualTo(3);
            assertThat(book.getSheet("医疗类别").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                    .getPieChartArray()).hasSize(1);
            assertThat(flow.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0)
                    .getSerArray()).as("one bar series per period").hasSize(2);
        }
        Path keep = Path.of(System.getProperty("fundclear.report.keep", ""));
        if (!keep.toString().isEmpty()) {
            Files.copy(file, keep.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The numeric cells (up to the first other cell) of the row whose text cells are {@code first} (and {@code second}, when given). */
    private static List<Double> row(XSSFSheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0) == null || !first.equals(row.getCell(0).toString())) {
                continue;
            }
            int from = 1;
            if (second != null) {
                if (row.getCell(1) == null || !second.equals(row.getCell(1).toString())) {
                    continue;
                }
                from = 2;
            }
            List<Double> values = new ArrayList<>();
            for (int c = from; row.getCell(c) != null && row.getCell(c).getCellType() == CellType.NUMERIC; c++) {
                values.add(row.getCell(c).getNumericCellValue());
            }
            return values;
        }
        throw new AssertionError("no row " + first + " / " + second + " in " + sheet.getSheetName());
    }

    /** Figures whose 万 roundings are the 临沧市 2022 report's own. */
    private static RegionReport lincang() {
        List<CycleMonth> cycles = ReportPeriod.year(2022).cycles();
        return new RegionReport("530900", "临沧市", ReportPeriod.year(2022), cycles, ReportPeriod.year(2021),
                ReportPeriod.year(2021).cycles(),
                List.of(new FlowRow("2022", Direction.OUT, figures(192_777, "419385012.34", "262892987.65", "0")),
                        new FlowRow("2022", Direction.IN, figures(140_100, "50069512.00", "37410650.00", "0")),
                        new FlowRow("2021", Direction.OUT, figures(141_049, "345501400.00", "217467712.00", "0")),
                        new FlowRow("2021", Direction.IN, figures(77_500, "29330700.00", "22590900.00", "0"))),
                List.of(new ScopeRow("2022", Scope.CROSS_PROVINCE, Direction.OUT, figures(7_200, "36807000.00", "23719800.00", "0")),
                        new ScopeRow("2022", Scope.IN_PROVINCE, Direction.OUT, figures(185_577, "382578012.34", "239173187.65", "0"))),
                List.of(new InsutypeRow("2022", "310", figures(293_100, "167861800.00", "130926000.00", "46187500.00")),
                        new InsutypeRow("2022", "390", figures(39_800, "301414500.00", "169199500.00", "107800.00"))),
                List.of(new CategoryRow("2022", Category.INPATIENT, figures(30_200, "393204300.00", "232729400.00", "0"),
                                new BigDecimal("0.0907"), new BigDecimal("0.8376")),
                        new CategoryRow("2022", Category.PHARMACY, figures(221_800, "29380300.00", "29153400.00", "0"),
                                new BigDecimal("0.6662"), new BigDecimal("0.0626"))),
                List.of(new DestinationRow("2022", "530000", "云南省本级", 10361, 14907, 132210, new BigDecimal("283999597.58"),
                                7872, 40237, new BigDecimal("37035954.54"), 14259, 63225, new BigDecimal("8855145.67")),
                        new DestinationRow("2022", "440000", "广东省", 506, 621, 5779, new BigDecimal("10111097.62"),
                                10, 26, new BigDecimal("8706.74"), 0, 0, new BigDecimal("0.00"))));
    }

    private static Figures figures(long setlCnt, String medfee, String fundPay, String acctPay) {
        return new Figures(setlCnt, new BigDecimal(medfee), new BigDecimal(fundPay), new BigDecimal(acctPay), 0);
    }

    @Test
    void periodsAndTheirPreviousPeriod() {
        assertThat(ReportPeriod.year(2026).previous()).isEqualTo(ReportPeriod.year(2025));
        assertThat(ReportPeriod.month(YearMonth.of(2026, 1)).previous().label()).isEqualTo("2025-01");
        assertThat(ReportPeriod.year(2026).cycles()).hasSize(12).first().hasToString("2026-01");
    }
}
