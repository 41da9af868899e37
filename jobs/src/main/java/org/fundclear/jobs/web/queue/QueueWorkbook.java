package org.fundclear.jobs.web.queue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fundclear.audit.casework.CasePage;
import org.fundclear.audit.casework.CaseRow;
import org.fundclear.jobs.web.Masker;

/** The queue as the user filtered it, as a streaming xlsx (persons' numbers masked as on the page). */
final class QueueWorkbook {
    private static final String[] HEADER = {"排名", "月份", "对象类型", "对象", "规则/模型", "确定性", "优先级", "疑点金额",
            "状态", "到期", "逾期", "经办人", "等待天数"};

    private QueueWorkbook() {
    }

    /** Writes every page {@code pageAt} gives, from page 0 to the last. */
    static void write(IntFunction<CasePage> pageAt, Masker m, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("案件队列");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            CasePage page;
            int n = 0;
            do {
                page = pageAt.apply(n++);
                for (CaseRow c : page.rows()) {
                    Row row = sheet.createRow(r++);
                    int i = 0;
                    row.createCell(i++).setCellValue(c.rank());
                    row.createCell(i++).setCellValue(c.month());
                    row.createCell(i++).setCellValue(c.subjectType().name());
                    row.createCell(i++).setCellValue(m.subject(c.subjectType().name(), c.subjectId()));
                    row.createCell(i++).setCellValue(String.join(",", c.ruleIds()));
                    row.createCell(i++).setCellValue(c.certainty().name());
                    row.createCell(i++).setCellValue(c.priority().doubleValue());
                    row.createCell(i++).setCellValue(c.volaAmt().doubleValue());
                    row.createCell(i++).setCellValue(c.status().label());
                    row.createCell(i++).setCellValue(c.stageDue() == null ? "" : c.stageDue().toString());
                    row.createCell(i++).setCellValue(c.overdue() ? "是" : "");
                    row.createCell(i++).setCellValue(c.assignee() == null ? "" : c.assignee());
                    row.createCell(i).setCellValue(c.waitingDays());
                }
            } while (n < page.pages());
            wb.write(out);
        }
    }
}
