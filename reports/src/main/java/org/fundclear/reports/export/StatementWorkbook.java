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
import org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.jooq.DSLContext;

/**
 * The clearing statement (清算单) of one insured region for a month, as the clerk opens and prints
 * it: header with regions and period, one line per treatment region × scheme × category, totals
 * (summed exactly from the same lines as clearing-YYYY-MM.csv), the advance-fund block, and when and
 * by which job execution it was generated. Streaming (SXSSF): memory stays flat for any size.
 */
public final class StatementWorkbook {
    static final String[] COLUMNS = {"就医地 treatment region", "险种 insutype", "医疗类别 med_type", "结算笔数 setl_cnt",
            "医疗费总额 medfee", "基金支付 fund", "统筹 hifp", "大病 hifmi", "大额 hifob", "公务员 cvlserv",
            "医疗救助 maf", "其他 oth", "个人账户 acct", "现金 cash", "扣款 deduction", "应付 net_payable"};
    /** Row of the column header (0-based); data lines start below it. */
    static final int HEADER_ROW = 4;

    private StatementWorkbook() {
    }

    public static Path write(DSLContext dsl, CycleMonth month, String insuAdmdvs, Path dir, LocalDateTime generatedAt,
                             Long jobExecutionId) {
        Path file = dir.resolve("statement-" + month + "-" + insuAdmdvs + ".xlsx");
        Map<String, String> names = dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).fetchMap(REGION.ADMDVS, REGION.NAME);
        List<ClearingLineRecord> lines = dsl.selectFrom(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).and(CLEARING_LINE.INSU_ADMDVS.eq(insuAdmdvs))
                .orderBy(CLEARING_LINE.MDTRTAREA_ADMDVS, CLEARING_LINE.INSUTYPE, CLEARING_LINE.MED_TYPE).fetch();
        AdvanceFundPositionRecord position = dsl.selectFrom(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(month.toString()))
                .and(ADVANCE_FUND_POSITION.INSU_ADMDVS.eq(insuAdmdvs)).fetchOne();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("清算单 " + month);
            text(sheet.createRow(0), 0, "异地就医直接结算清算单  Cross-region clearing statement", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            text(sheet.createRow(1), 0, "参保地 insured region: " + insuAdmdvs + " " + names.getOrDefault(insuAdmdvs, ""),
                    styles.plain);
            text(sheet.createRow(2), 0, "清算期 period: " + month, styles.plain);
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < COLUMNS.length; i++) {
                text(header, i, COLUMNS[i], styles.header);
            }
            int r = HEADER_ROW + 1;
            BigDecimal[] totals = zeros(COLUMNS.length - 3);
            for (ClearingLineRecord l : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, l.getMdtrtareaAdmdvs() + " " + names.getOrDefault(l.getMdtrtareaAdmdvs(), ""), styles.cell);
                text(row, 1, l.getInsutype(), styles.cell);
                text(row, 2, l.getMedType(), styles.cell);
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
            r++;
            r = advanceBlock(sheet, r, position, styles);
            r++;
            text(sheet.createRow(r++), 0, "生成时间 generated: " + generatedAt.withNano(0).toString().replace('T', ' ')
                    + "    作业 job execution: " + (jobExecutionId == null ? "-" : jobExecutionId), styles.plain);
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
        sheet.setColumnWidth(0, 28 * 256);
        for (int i = 1; i < COLUMNS.length; i++) {
            sheet.setColumnWidth(i, (i < 4 ? 12 : 16) * 256);
        }
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
            header = style(book, bold, true, null);
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
