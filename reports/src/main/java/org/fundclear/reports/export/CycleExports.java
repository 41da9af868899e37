package org.fundclear.reports.export;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.fundclear.sql.jooq.tables.records.ImportRejectRecord;
import org.fundclear.sql.jooq.tables.records.ReconciliationRecord;
import org.jooq.DSLContext;

/** The month's CSV outputs of spec/README.md, exactly in its column order (extra columns only at the end). */
public final class CycleExports {
    public static final List<String> CLEARING_HEADER = List.of("clr_month", "insu_admdvs", "mdtrtarea_admdvs", "insutype",
            "med_type", "setl_cnt", "medfee_sumamt", "fund_pay_sumamt", "hifp_pay", "hifmi_pay", "hifob_pay",
            "cvlserv_pay", "maf_pay", "oth_pay", "acct_pay", "psn_cash_pay", "deduction_amt", "net_payable");
    public static final List<String> RECONCILIATION_HEADER = List.of("setl_id", "insu_admdvs", "mdtrtarea_admdvs",
            "status", "treatment_fund_pay", "insured_fund_pay", "difference");
    public static final List<String> REJECTS_HEADER = List.of("file", "line", "setl_id", "field", "reason_code",
            "message");
    /** Spec columns, then the top-up notice (appended, as the spec allows). */
    public static final List<String> ADVANCE_HEADER = List.of("insu_admdvs", "allotment", "opening_balance",
            "cleared_amount", "closing_balance", "usage_rate", "warning", "top_up_amount", "top_up_due");

    private CycleExports() {
    }

    public static Path clearing(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("clearing-" + month + ".csv");
        CsvWriter out = CsvOutput.open(file, CLEARING_HEADER);
        var c = CLEARING_LINE;
        try (var lines = dsl.selectFrom(c).where(c.CYCLE_MONTH.eq(month.toString()))
                .orderBy(c.INSU_ADMDVS, c.MDTRTAREA_ADMDVS, c.INSUTYPE, c.MED_TYPE).fetchLazy()) {
            for (ClearingLineRecord l : lines) {
                out.writeRecord(l.getCycleMonth(), l.getInsuAdmdvs(), l.getMdtrtareaAdmdvs(), l.getInsutype(),
                        l.getMedType(), String.valueOf(l.getSetlCnt()), CsvOutput.money(l.getMedfeeSumamt()),
                        CsvOutput.money(l.getFundPaySumamt()), CsvOutput.money(l.getHifpPay()),
                        CsvOutput.money(l.getHifmiPay()), CsvOutput.money(l.getHifobPay()),
                        CsvOutput.money(l.getCvlservPay()), CsvOutput.money(l.getMafPay()),
                        CsvOutput.money(l.getOthPay()), CsvOutput.money(l.getAcctPay()),
                        CsvOutput.money(l.getPsnCashPay()), CsvOutput.money(l.getDeductionAmt()),
                        CsvOutput.money(l.getNetPayable()));
            }
        }
        CsvOutput.close(out, file);
        return file;
    }

    /** Every setl_id reconciled in the month: the held ones (not MATCHED) and those matched in it. */
    public static Path reconciliation(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("reconciliation-" + month + ".csv");
        CsvWriter out = CsvOutput.open(file, RECONCILIATION_HEADER);
        var r = RECONCILIATION;
        try (var rows = dsl.selectFrom(r).where(r.CYCLE_MONTH.eq(month.toString())).orderBy(r.SETL_ID).fetchLazy()) {
            for (ReconciliationRecord row : rows) {
                out.writeRecord(row.getSetlId(), row.getInsuAdmdvs(), row.getMdtrtareaAdmdvs(), row.getStatus(),
                        CsvOutput.money(row.getTreatmentFundPay()), CsvOutput.money(row.getInsuredFundPay()),
                        CsvOutput.money(row.getDifference()));
            }
        }
        CsvOutput.close(out, file);
        return file;
    }

    /** Every line not loaded from the files imported into the month (line 0: the whole file). */
    public static Path rejects(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("rejects-" + month + ".csv");
        CsvWriter out = CsvOutput.open(file, REJECTS_HEADER);
        var j = IMPORT_REJECT;
        try (var rows = dsl.selectFrom(j).where(j.CYCLE_MONTH.eq(month.toString()))
                .orderBy(j.IMPORT_FILE_ID, j.FILE_LINE).fetchLazy()) {
            for (ImportRejectRecord row : rows) {
                out.writeRecord(row.getFileName(), String.valueOf(row.getFileLine()), CsvOutput.text(row.getRecordKey()),
                        CsvOutput.text(row.getFieldName()), row.getReasonCode(), row.getMessage());
            }
        }
        CsvOutput.close(out, file);
        return file;
    }

    public static Path advance(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("advance-" + month + ".csv");
        CsvWriter out = CsvOutput.open(file, ADVANCE_HEADER);
        var a = ADVANCE_FUND_POSITION;
        for (AdvanceFundPositionRecord p : dsl.selectFrom(a).where(a.CYCLE_MONTH.eq(month.toString()))
                .orderBy(a.INSU_ADMDVS).fetch()) {
            out.writeRecord(p.getInsuAdmdvs(), CsvOutput.money(p.getAllotment()), CsvOutput.money(p.getOpeningBalance()),
                    CsvOutput.money(p.getClearedAmount()), CsvOutput.money(p.getClosingBalance()),
                    p.getUsageRate().setScale(4).toPlainString(), "1".equals(p.getWarning()) ? "true" : "false",
                    CsvOutput.money(p.getTopUpAmount()), CsvOutput.text(p.getTopUpDue()));
        }
        CsvOutput.close(out, file);
        return file;
    }
}
