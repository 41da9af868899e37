package org.fundclear.reports.export;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.REGION;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.reports.codes.InsutypeNames;
import org.fundclear.reports.codes.MedTypeNames;
import org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.jooq.DSLContext;

/**
 * A clearing statement (清算单) for a month, as the clerk opens, prints and signs it: for an insured region (what it
 * owes each treatment region, {@code statement-YYYY-MM-INSU.xlsx}) or for a treatment region (what each insured
 * region owes it, {@code treatment-statement-YYYY-MM-MDTRTAREA.xlsx}). Header with the region and period, one line
 * per counterpart region × scheme × category with the names beside the codes, totals summed exactly from the same
 * lines as clearing-YYYY-MM.csv, the total payable also in Chinese capitals (大写), the insured region's
 * advance-fund block, when and by which job execution it was generated, a signature block, and "page x of y" in
 * the footer. Streaming (SXSSF): memory stays flat for any size.
 */
public final class StatementWorkbook {
    static final String[] COLUMNS = {"%s\n%s", "险种\ninsutype", "医疗类别\nmed_type", "结算笔数\nsetl_cnt",
            "医疗费总额\nmedfee", "基金支付\nfund", "统筹\nhifp", "大病\nhifmi", "大额\nhifob", "公务员\ncvlserv",
            "医疗救助\nmaf", "其他\noth", "个人账户\nacct", "现金\ncash", "扣款\ndeduction", "应付\nnet_payable"};
    /** Row of the column header (0-based); data lines start below it. */
    static final int HEADER_ROW = 4;

    /** Whose statement it is: the side decides the lines it lists and the counterpart column. */
    public enum Side {
        INSURED("参保地", "insured region", "就医地", "treatment region", "statement-%s-%s.xlsx"),
        TREATMENT("就医地", "treatment region", "参保地", "insured region", "treatment-statement-%s-%s.xlsx");

        private final String zh;
        private final String en;
        private final String counterpartZh;
        private final String counterpartEn;
        private final String fileName;

        Side(String zh, String en, String counterpartZh, String counterpartEn, String fileName) {
            this.zh = zh;
            this.en = en;
            this.counterpartZh = counterpartZh;
            this.counterpartEn = counterpartEn;
            this.fileName = fileName;
        }
    }

    private StatementWorkbook() {
    }

    /** The insured region's statement (statement-YYYY-MM-INSU.xlsx). */
    public static Path write(DSLContext dsl, CycleMonth month, String insuAdmdvs, Path dir, LocalDateTime generatedAt,
                             Long jobExecutionId) {
        return write(dsl, Side.INSURED, month, insuAdmdvs, dir, generatedAt, jobExecutionId);
    }

    public static Path write(DSLContext dsl, Side side, CycleMonth month, String admdvs, Path dir,
                             LocalDateTime generatedAt, Long jobExecutionId) {
        Path file = dir.resolve(String.format(side.fileName, month, admdvs));
        Map<String, String> names = dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).fetchMap(REGION.ADMDVS, REGION.NAME);
        var own = side == Side.INSURED ? CLEARING_LINE.INSU_ADMDVS : CLEARING_LINE.MDTRTAREA_ADMDVS;
        var counterpart = side == Side.INSURED ? CLEARING_LINE.MDTRTAREA_ADMDVS : CLEARING_LINE.INSU_ADMDVS;
        List<ClearingLineRecord> lines = dsl.selectFrom(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).and(own.eq(admdvs))
                .orderBy(counterpart, CLEARING_LINE.INSUTYPE, CLEARING_LINE.MED_TYPE).fetch();
        AdvanceFundPositionRecord position = side == Side.TREATMENT ? null : dsl.selectFrom(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(month.toString()))
                .and(ADVANCE_FUND_POSITION.INSU_ADMDVS.eq(admdvs)).fetchOne();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("清算单 " + month);
            text(sheet.createRow(0), 0, "异地就医直接结算清算单（" + side.zh + "）  Cross-region clearing statement, "
                    + side.en + " side", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            text(sheet.createRow(1), 0, side.zh + " " + side.en + ": " + admdvs + " " + names.getOrDefault(admdvs, ""),
                    styles.plain);
            text(sheet.createRow(2), 0, "清算期 period: " + month, styles.plain);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 4);
            for (int i = 0; i < COLUMNS.length; i++) {
                text(header, i, String.format(COLUMNS[i], side.counterpartZh, side.counterpartEn), styles.header);
            }
            int r = HEADER_ROW + 1;
            BigDecimal[] totals = zeros(COLUMNS.length - 3);
            for (ClearingLineRecord l : lines) {
                Row row = sheet.createRow(r++);
                String other = l.get(counterpart);
                text(row, 0, other + " " + names.getOrDefault(other, ""), styles.cell);
                text(row, 1, (l.getInsutype() + " " + InsutypeNames.of(l.getInsutype())).strip(), styles.cell);
                text(row, 2, (l.getMedType() + " " + MedTypeNames.of(l.getMedType())).strip(), styles.cell);
                List<BigDecimal> values = values(l);
                for (int i = 0; i < values.size(); i++) {
                    totals[i] = totals[i].add(values.get(i));
                    number(row, 3 + i, values.get(i), i == 0 ? styles.count : styles.money);
                }
            }
            Row total = sheet.createRow(r++);
            text(total, 0, "合计 total", styles.header);
            for (int i = 0; i < totals.length; i++) {
                number(total, 3 + i, totals[i], i == 0 ? styles.countBold : styles.moneyBold);
            }
            BigDecimal payable = totals[totals.length - 1];
            text(sheet.createRow(r++), 0, "应付合计（大写） total payable in words: 人民币" + ChineseAmount.of(payable)
                    + (payable.signum() < 0 ? "（负数：就医地应退还参保地 the treatment region pays back）" : ""),
                    styles.bold);
            r++;
            if (side == Side.INSURED) {
                r = advanceBlock(sheet, r, position, styles);
                r++;
            }
            text(sheet.createRow(r++), 0, "生成时间 generated: " + generatedAt.withNano(0).toString().replace('T', ' ')
                    + "    作业 job execution: " + (jobExecutionId == null ? "-" : jobExecutionId), styles.plain);
            r++;
            Row signatures = sheet.createRow(r);
            signatures.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
            String[] signers = {"经办人 prepared by：", "复核人 checked by：", "负责人 approved by：", "日期 date：    年    月    日"};
            for (int i = 0; i < signers.length; i++) {
                text(signatures, i * 4, signers[i], styles.plain);
            }
            layout(sheet);
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** setl_cnt then the amounts, in the column order of the sheet. */
    static List<BigDecimal> values(ClearingLineRecord l) {
        List<BigDecimal> v = new ArrayList<>();
        v.add(BigDecimal.valueOf(l.getSetlCnt()));
        v.addAll(List.of(l.getMedfeeSumamt(), l.getFundPaySumamt(), l.getHifpPay(), l.getHifmiPay(), l.getHifobPay(),
                l.getCvlservPay(), l.getMafPay(), l.getOthPay(), l.getAcctPay(), l.getPsnCashPay(), l.getDeductionAmt(),
                l.getNetPayable()));
        return v;
    }

    private static int advanceBlock(Sheet sheet, int r, AdvanceFundPositionRecord p, Styles styles) {
        text(sheet.createRow(r++), 0, "预付金 advance fund", styles.header);
        if (p == null) {
            text(sheet.createRow(r++), 0, "no advance-fund position for this month", styles.plain);
            return r;
        }
        Object[][] rows = {
                {"核定额度 allotment", p.getAllotment()}, {"期初余额 opening balance", p.getOpeningBalance()},
                {"本期清算 cleared", p.getClearedAmount()}, {"期末余额 closing balance", p.getClosingBalance()},
                {"使用率 usage rate", p.getUsageRate()}};
        for (Object[] kv : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, (String) kv[0], styles.plain);
            number(row, 3, (BigDecimal) kv[1], kv[0].toString().startsWith("使用率") ? styles.percent : styles.money);
        }
        if ("1".equals(p.getWarning())) {
            text(sheet.createRow(r++), 0, "预警 warning: usage at or above the warning level; top up "
                    + p.getTopUpAmount().toPlainString() + " by " + p.getTopUpDue(), styles.warning);
        }
        return r;
    }

    private static void layout(Sheet sheet) {
        int[] widths = {30, 26, 18, 12};
        for (int i = 0; i < COLUMNS.length; i++) {
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 16) * 256);
        }
        // &P and &N are the spreadsheet footer codes for the page number and the number of pages.
        sheet.getFooter().setCenter("第 &P 页，共 &N 页  page &P of &N");
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, COLUMNS.length - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Excel holds numbers as binary floating point; amounts of up to 15 digits keep every fen. */
    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle count;
        final CellStyle countBold;
        final CellStyle money;
        final CellStyle moneyBold;
        final CellStyle percent;
        final CellStyle warning;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = book.createFont();
            red.setBold(true);
            red.setColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            var format = book.createDataFormat();
            title = style(book, big, false, null);
            plain = style(book, null, false, null);
            this.bold = style(book, bold, false, null);
            header = style(book, bold, true, null);
            header.setWrapText(true);
            header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
            cell = style(book, null, true, null);
            count = style(book, null, true, format.getFormat("#,##0"));
            countBold = style(book, bold, true, format.getFormat("#,##0"));
            money = style(book, null, true, format.getFormat("#,##0.00"));
            moneyBold = style(book, bold, true, format.getFormat("#,##0.00"));
            percent = style(book, null, false, format.getFormat("0.00%"));
            warning = style(book, red, false, null);
        }

        private static CellStyle style(SXSSFWorkbook book, Font font, boolean border, Short format) {
            CellStyle s = book.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            if (border) {
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            if (format != null) {
                s.setDataFormat(format);
            }
            return s;
        }
    }
}
