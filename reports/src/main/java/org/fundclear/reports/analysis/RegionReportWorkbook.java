package org.fundclear.reports.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundclear.reports.codes.InsutypeNames;

/**
 * {@code report-P-R.xlsx}: the report's tables the way a prefecture's annual report prints them (counts in 万人次,
 * money in 万元, 2 decimals; the destinations table in persons, 人次, days and yuan as such reports list it), the
 * change and growth against the previous period, and native charts (flows, category shares, top destinations).
 * The CSVs are the exact figures; the workbook rounds for reading.
 */
public final class RegionReportWorkbook {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final int TOP_DESTINATIONS = 10;

    private final RegionReport report;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wan;
    private final CellStyle yuan;
    private final CellStyle count;
    private final CellStyle percent;

    private RegionReportWorkbook(RegionReport report) {
        this.report = report;
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = book.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        wan = bordered();
        wan.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        yuan = wan;
        count = bordered();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        percent = bordered();
        percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
    }

    /** Writes {@code report-P-R.xlsx} into {@code dir}. */
    public static Path write(RegionReport report, Path dir) {
        Path file = dir.resolve(report.stem() + ".xlsx");
        RegionReportWorkbook workbook = new RegionReportWorkbook(report);
        try (XSSFWorkbook book = workbook.book) {
            workbook.flows();
            workbook.scopes();
            workbook.insutypes();
            workbook.categories();
            workbook.destinations();
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String name() {
        return report.regionName().isEmpty() ? report.region() : report.regionName();
    }

    private String flowLabel(Direction direction) {
        return direction == Direction.OUT ? name() + "参保人员到外地就医" : "外地参保人员到" + name() + "就医";
    }

    private void flows() {
        XSSFSheet sheet = sheet("就医流向", "一、就医流向", 14, 30, 16, 16, 16, 16, 2, 30, 16, 16);
        int r = 3;
        header(sheet, r++, "年度", "就医流向", "人次", "医疗费用总额", "基金支付总额");
        int first = r;
        for (FlowRow f : report.flows()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, f.period());
            text(row, 1, flowLabel(f.direction()));
            wan(row, 2, BigDecimal.valueOf(f.figures().setlCnt()));
            wan(row, 3, f.figures().medfee());
            wan(row, 4, f.figures().fundPay());
        }
        r++;
        String current = report.period().label();
        String previous = report.previousPeriod().label();
        if (report.previousCycles().isEmpty()) {
            sheet.createRow(r++).createCell(0).setCellValue(previous + " 年度无已清算周期，不作比较。");
        } else {
            header(sheet, r++, "比较", "就医流向", "人次增减", "人次增长", "基金支付增减", "基金支付增长");
            for (Direction d : Direction.values()) {
                Figures now = report.flow(current, d);
                Figures before = report.flow(previous, d);
                XSSFRow row = sheet.createRow(r++);
                text(row, 0, current + " 比 " + previous);
                text(row, 1, flowLabel(d));
                wan(row, 2, BigDecimal.valueOf(now.setlCnt() - before.setlCnt()));
                ratio(row, 3, growth(BigDecimal.valueOf(now.setlCnt()), BigDecimal.valueOf(before.setlCnt())));
                wan(row, 4, now.fundPay().subtract(before.fundPay()));
                ratio(row, 5, growth(now.fundPay(), before.fundPay()));
            }
        }
        flowChart(sheet, 3);
    }

    /** Fund payment per direction, one series per period: bars side by side. */
    private void flowChart(XSSFSheet sheet, int dataRow) {
        // The chart reads a small block of its own: a row per direction, a column per period.
        List<String> periods = new ArrayList<>(List.of(report.period().label()));
        if (!report.previousCycles().isEmpty()) {
            periods.add(0, report.previousPeriod().label());
        }
        XSSFRow head = sheet.getRow(dataRow);
        cell(head, 7, header).setCellValue("基金支付总额（万元）");
        for (int p = 0; p < periods.size(); p++) {
            cell(head, 8 + p, header).setCellValue(periods.get(p));
        }
        for (int i = 0; i < Direction.values().length; i++) {
            XSSFRow row = sheet.getRow(dataRow + 1 + i);
            text(row, 7, flowLabel(Direction.values()[i]));
            for (int p = 0; p < periods.size(); p++) {
                wan(row, 8 + p, report.flow(periods.get(p), Direction.values()[i]).fundPay());
            }
        }
        int chartRow = sheet.getLastRowNum() + 2;
        XSSFChart chart = chart(sheet, 0, chartRow, 6, chartRow + 18, name() + "异地就医基金支付（万元）");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(dataRow + 1, dataRow + Direction.values().length, 7, 7));
        PresetColor[] colors = {PresetColor.LIGHT_GRAY, PresetColor.STEEL_BLUE};
        for (int p = 0; p < periods.size(); p++) {
            int col = 8 + p;
            XDDFChartData.Series series = bars.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(dataRow + 1, dataRow + Direction.values().length, col, col)));
            series.setTitle(periods.get(p), new CellReference(sheet.getSheetName(), dataRow, col, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                    colors[colors.length - periods.size() + p])));
        }
        chart.plot(bars);
    }

    private void scopes() {
        XSSFSheet sheet = sheet("省内跨省", "二、省内和跨省异地就医", 10, 16, 12, 16, 16, 16);
        int r = 3;
        header(sheet, r++, "跨省标识", "统筹区", "人次", "医疗费用总额", "基金支付总额", "基金支出占医疗费用比例");
        for (ScopeRow s : report.scopes()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, s.scope().zh());
            text(row, 1, name() + s.direction().zh());
            wan(row, 2, BigDecimal.valueOf(s.figures().setlCnt()));
            wan(row, 3, s.figures().medfee());
            wan(row, 4, s.figures().fundPay());
            ratio(row, 5, RegionReportQuery.share(s.figures().fundPay(), s.figures().medfee()));
        }
    }

    private void insutypes() {
        XSSFSheet sheet = sheet("险种", "三、结算险种", 22, 12, 16, 16, 18);
        int r = 3;
        header(sheet, r++, "险种", "人次", "医疗费用总额", "基金支付总额", "个人账户支付总额");
        for (InsutypeRow i : report.insutypes()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, InsutypeNames.of(i.insutype()).isEmpty() ? i.insutype()
                    : InsutypeNames.of(i.insutype()) + "（" + i.insutype() + "）");
            wan(row, 1, BigDecimal.valueOf(i.figures().setlCnt()));
            wan(row, 2, i.figures().medfee());
            wan(row, 3, i.figures().fundPay());
            wan(row, 4, i.figures().acctPay());
        }
    }

    private void categories() {
        XSSFSheet sheet = sheet("医疗类别", "四、结算医疗类别", 14, 12, 12, 16, 14, 16);
        int r = 3;
        header(sheet, r++, "医疗类别", "人次", "人次占比", "医疗费用总额", "医疗费用占比", "基金支付总额");
        int first = r;
        for (CategoryRow c : report.categories()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, c.category().zh());
            wan(row, 1, BigDecimal.valueOf(c.figures().setlCnt()));
            ratio(row, 2, c.setlShare());
            wan(row, 3, c.figures().medfee());
            ratio(row, 4, c.medfeeShare());
            wan(row, 5, c.figures().fundPay());
        }
        if (report.categories().isEmpty()) {
            return;
        }
        XSSFChart chart = chart(sheet, 0, r + 1, 6, r + 20, "各医疗类别结算人次占比");
        XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        pie.setVaryColors(true);
        XDDFChartData.Series series = pie.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, r - 1, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, r - 1, 1, 1)));
        series.setTitle("人次", new CellReference(sheet.getSheetName(), first - 1, 1, true, true));
        chart.plot(pie);
        // Percentages and names on the slices: a pie is read by its labels.
        var labels = chart.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).addNewDLbls();
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowCatName().setVal(true);
        labels.addNewShowVal().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowLegendKey().setVal(false);
        colourSlices(chart, r - first);
    }

    /** One explicit fill per slice: without them some viewers (LibreOffice) draw the labels but no slices. */
    private static void colourSlices(XSSFChart chart, int slices) {
        byte[][] rgb = {{(byte) 0x46, (byte) 0x82, (byte) 0xB4}, {(byte) 0xE0, (byte) 0x8E, (byte) 0x3C},
                {(byte) 0x6A, (byte) 0xA8, (byte) 0x4F}, {(byte) 0xC0, (byte) 0x50, (byte) 0x4D}};
        var ser = chart.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
        for (int i = 0; i < slices; i++) {
            var point = ser.addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewBubble3D().setVal(false);
            point.addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(rgb[i % rgb.length]);
        }
    }

    private void destinations() {
        XSSFSheet sheet = sheet("就医地", "五、就医目的地（参保地" + name() + "）",
                16, 8, 8, 8, 16, 8, 8, 16, 8, 8, 16);
        sheet.getRow(1).getCell(0).setCellValue("单位：人、人次、天、元（已清算周期 " + cycleRange() + "）");
        int r = 3;
        XSSFRow groups = sheet.createRow(r);
        String[] groupNames = {"就医地", "住院", "", "", "", "门诊", "", "", "定点药店", "", ""};
        for (int c = 0; c < groupNames.length; c++) {
            cell(groups, c, header).setCellValue(groupNames[c]);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 5, 7));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 8, 10));
        r++;
        header(sheet, r++, "", "人数", "人次", "天数", "费用总额(元)", "人数", "人次", "费用总额(元)", "人数", "人次", "费用总额(元)");
        int first = r;
        for (DestinationRow d : report.destinations()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, d.destName().isEmpty() ? d.destAdmdvs() : d.destName());
            number(row, 1, d.inpatientPersons());
            number(row, 2, d.inpatientSetlCnt());
            number(row, 3, d.inpatientDays());
            money(row, 4, d.inpatientMedfee());
            number(row, 5, d.outpatientPersons());
            number(row, 6, d.outpatientSetlCnt());
            money(row, 7, d.outpatientMedfee());
            number(row, 8, d.pharmacyPersons());
            number(row, 9, d.pharmacySetlCnt());
            money(row, 10, d.pharmacyMedfee());
        }
        if (report.destinations().isEmpty()) {
            return;
        }
        int last = first + Math.min(TOP_DESTINATIONS, report.destinations().size()) - 1;
        XSSFChart chart = chart(sheet, 0, r + 1, 8, r + 22, "住院人次最多的就医地（前 " + (last - first + 1) + " 位）");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setCrosses(AxisCrosses.MAX); // with the categories reversed, MAX keeps the value axis at the bottom
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 2, 2)));
        series.setTitle("住院", new CellReference(sheet.getSheetName(), first - 2, 1, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN); // largest on top
        chart.plot(bars);
    }

    private XSSFSheet sheet(String name, String heading, int... widths) {
        XSSFSheet sheet = book.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 512);
        }
        XSSFRow top = sheet.createRow(0);
        cell(top, 0, title).setCellValue(name() + "异地就医分析报告（" + report.period().label() + "）" + heading);
        sheet.createRow(1).createCell(0).setCellValue("单位：万人次、万元（已清算周期 " + cycleRange() + "）");
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private String cycleRange() {
        return report.cycles().get(0) + " 至 " + report.cycles().get(report.cycles().size() - 1);
    }

    private XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String heading) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(heading);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private void header(XSSFSheet sheet, int r, String... names) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < names.length; c++) {
            cell(row, c, header).setCellValue(names[c]);
        }
    }

    private void text(XSSFRow row, int c, String value) {
        cell(row, c, text).setCellValue(value);
    }

    /** A count or yuan amount shown in 万 (ten thousands), rounded half-up to 2 decimals. */
    private void wan(XSSFRow row, int c, BigDecimal value) {
        cell(row, c, wan).setCellValue(value.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).doubleValue());
    }

    private void money(XSSFRow row, int c, BigDecimal value) {
        cell(row, c, yuan).setCellValue(value.setScale(2).doubleValue());
    }

    private void number(XSSFRow row, int c, long value) {
        cell(row, c, count).setCellValue(value);
    }

    /** A ratio shown as a percentage; an empty cell when it is undefined. */
    private void ratio(XSSFRow row, int c, BigDecimal value) {
        XSSFCell cell = cell(row, c, percent);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static XSSFCell cell(XSSFRow row, int c, CellStyle style) {
        XSSFCell cell = row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    private CellStyle bordered() {
        CellStyle style = book.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** (now − before) ÷ before with 4 decimals; null when before is zero. */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null : now.subtract(before).divide(before.abs(), 4, RoundingMode.HALF_UP);
    }
}
