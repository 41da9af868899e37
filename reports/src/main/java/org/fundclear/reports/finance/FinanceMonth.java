package org.fundclear.reports.finance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD_EVENT;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_INSTRUCTION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_RECEIPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.ClearingPeriods;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.cycle.ProvinceNetting;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The finance clerk's view of a month: its state and transitions, files, what each insured region owes, what is held,
 * advance-fund warnings, transfer instructions and receipts. Every read of regional money applies the user's
 * {@link RegionScope} (an instruction is seen when its insured or its treatment region is covered).
 */
public final class FinanceMonth {
    public record Event(PeriodStatus from, PeriodStatus to, LocalDateTime at, String by, String reason) {
    }

    public record MonthRow(CycleMonth month, PeriodStatus status, List<Event> events, int files) {
        public boolean canImport() {
            return !status.isCleared();
        }

        public boolean canClear() {
            return status == PeriodStatus.OPEN || status == PeriodStatus.RECONCILED;
        }

        public boolean canConfirm() {
            return status == PeriodStatus.CLEARED;
        }

        public boolean canReopen() {
            return status == PeriodStatus.CLEARED || status == PeriodStatus.CONFIRMED;
        }

        public boolean canClose() {
            return status == PeriodStatus.PAID;
        }
    }

    public record FileRow(String name, String kind, String encoding, String status, long rows, long loaded,
                          long rejected, long repeats) {
    }

    public record Transfer(String insu, String insuName, String mdtrtarea, String mdtrtareaName, BigDecimal amount,
                           BigDecimal received, LocalDate due, LocalDateTime settledAt, boolean overdue) {
        public BigDecimal owed() {
            return amount.subtract(received);
        }
    }

    public record Receipt(String insu, String mdtrtarea, BigDecimal amount, String reference, LocalDateTime at,
                          String by) {
    }

    public record Owed(String insu, String name, long settlements, BigDecimal netPayable) {
    }

    public record RejectRow(String file, long line, String field, String code, String message) {
    }

    public record Warning(String insu, String name, BigDecimal usage, BigDecimal topUp, LocalDate due) {
    }

    public record MonthView(MonthRow row, List<FileRow> files, List<Owed> owed, Map<String, Integer> held,
                            List<Warning> warnings, List<String> treatmentRegions, List<Transfer> transfers,
                            List<Receipt> receipts, ProvinceNetting netting) {
    }

    private FinanceMonth() {
    }

    /** Every month that has files or a period, newest first. */
    public static List<MonthRow> months(DSLContext dsl, ClearingPeriods periods) {
        TreeSet<String> months = new TreeSet<>(dsl.selectDistinct(IMPORT_FILE.CYCLE_MONTH).from(IMPORT_FILE)
                .fetch(IMPORT_FILE.CYCLE_MONTH));
        months.addAll(dsl.select(CLEARING_PERIOD.CYCLE_MONTH).from(CLEARING_PERIOD).fetch(CLEARING_PERIOD.CYCLE_MONTH));
        return months.descendingSet().stream().map(m -> row(dsl, periods, CycleMonth.parse(m))).toList();
    }

    public static MonthRow row(DSLContext dsl, ClearingPeriods periods, CycleMonth month) {
        List<Event> events = dsl.selectFrom(CLEARING_PERIOD_EVENT).where(CLEARING_PERIOD_EVENT.CYCLE_MONTH.eq(month.toString()))
                .orderBy(CLEARING_PERIOD_EVENT.ID).fetch(e -> new Event(PeriodStatus.valueOf(e.getFromStatus()),
                        PeriodStatus.valueOf(e.getToStatus()), e.getEventAt(), e.getEventBy(), e.getReason()));
        int files = dsl.fetchCount(IMPORT_FILE, IMPORT_FILE.CYCLE_MONTH.eq(month.toString()));
        return new MonthRow(month, periods.status(dsl, month), events, files);
    }

    /** The month as the user may see it; {@code today} decides which instructions are overdue. */
    public static MonthView view(DSLContext dsl, ClearingPeriods periods, CycleMonth month, RegionScope scope,
                                 LocalDate today) {
        String m = month.toString();
        Map<String, String> names = RegionNames.all(dsl);
        List<FileRow> files = dsl.selectFrom(IMPORT_FILE).where(IMPORT_FILE.CYCLE_MONTH.eq(m)).orderBy(IMPORT_FILE.ID)
                .fetch(f -> new FileRow(f.getFileName(), f.getFileKind(), f.getEncoding(), f.getStatus(), f.getRowCount(),
                        f.getLoadedCount(), f.getRejectedCount(), f.getRepeatCount()));
        var net = DSL.sum(CLEARING_LINE.NET_PAYABLE);
        var count = DSL.sum(CLEARING_LINE.SETL_CNT);
        List<Owed> owed = dsl.select(CLEARING_LINE.INSU_ADMDVS, count, net).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).and(scope.covers(CLEARING_LINE.INSU_ADMDVS))
                .groupBy(CLEARING_LINE.INSU_ADMDVS).orderBy(CLEARING_LINE.INSU_ADMDVS)
                .fetch(r -> new Owed(r.value1(), names.getOrDefault(r.value1(), ""), r.value2().longValue(), r.value3()));
        var rec = RECONCILIATION;
        Map<String, Integer> held = new TreeMap<>(dsl.select(rec.STATUS, DSL.count()).from(rec)
                .where(rec.CYCLE_MONTH.eq(m)).and(scope.covers(rec.INSU_ADMDVS).or(scope.covers(rec.MDTRTAREA_ADMDVS)))
                .groupBy(rec.STATUS).fetchMap(rec.STATUS, DSL.count()));
        var pos = ADVANCE_FUND_POSITION;
        List<Warning> warnings = dsl.selectFrom(pos).where(pos.CYCLE_MONTH.eq(m)).and(pos.WARNING.eq("1"))
                .and(scope.covers(pos.INSU_ADMDVS)).orderBy(pos.INSU_ADMDVS)
                .fetch(p -> new Warning(p.getInsuAdmdvs(), names.getOrDefault(p.getInsuAdmdvs(), ""), p.getUsageRate(),
                        p.getTopUpAmount(), p.getTopUpDue()));
        List<String> treatment = dsl.selectDistinct(CLEARING_LINE.MDTRTAREA_ADMDVS).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).and(scope.covers(CLEARING_LINE.MDTRTAREA_ADMDVS))
                .orderBy(CLEARING_LINE.MDTRTAREA_ADMDVS).fetch(CLEARING_LINE.MDTRTAREA_ADMDVS);
        var t = TRANSFER_INSTRUCTION;
        var all = dsl.selectFrom(t).where(t.CYCLE_MONTH.eq(m)).orderBy(t.INSU_ADMDVS, t.MDTRTAREA_ADMDVS).fetch();
        List<Transfer> transfers = all.stream()
                .filter(r -> scope.covers(r.getInsuAdmdvs()) || scope.covers(r.getMdtrtareaAdmdvs()))
                .map(r -> new Transfer(r.getInsuAdmdvs(), names.getOrDefault(r.getInsuAdmdvs(), ""),
                        r.getMdtrtareaAdmdvs(), names.getOrDefault(r.getMdtrtareaAdmdvs(), ""), r.getAmount(),
                        r.getReceivedAmount() == null ? BigDecimal.ZERO : r.getReceivedAmount(), r.getDueDate(),
                        r.getReceivedAt(), r.getReceivedAt() == null && r.getDueDate().isBefore(today)))
                .toList();
        var rc = TRANSFER_RECEIPT;
        List<Receipt> receipts = dsl.selectFrom(rc).where(rc.CYCLE_MONTH.eq(m))
                .and(scope.covers(rc.INSU_ADMDVS).or(scope.covers(rc.MDTRTAREA_ADMDVS))).orderBy(rc.ID)
                .fetch(r -> new Receipt(r.getInsuAdmdvs(), r.getMdtrtareaAdmdvs(), r.getAmount(), r.getReceiptRef(),
                        r.getReceivedAt(), r.getRecordedBy()));
        // the province netting is a report over every instruction of the month; only a national view shows it
        ProvinceNetting netting = !scope.all() || all.isEmpty() ? null : ProvinceNetting.of(all.stream()
                .map(r -> new ProvinceNetting.PairAmount(r.getInsuAdmdvs(), r.getMdtrtareaAdmdvs(), r.getAmount()))
                .toList());
        return new MonthView(row(dsl, periods, month), files, owed, held, warnings, treatment, transfers, receipts,
                netting);
    }

    /** The month's rejected lines, optionally of one file and one reason code. */
    public static List<RejectRow> rejects(DSLContext dsl, CycleMonth month, String file, String code) {
        var r = IMPORT_REJECT;
        return dsl.selectFrom(r).where(r.CYCLE_MONTH.eq(month.toString()))
                .and(file == null || file.isBlank() ? DSL.trueCondition() : r.FILE_NAME.eq(file))
                .and(code == null || code.isBlank() ? DSL.trueCondition() : r.REASON_CODE.eq(code))
                .orderBy(r.FILE_NAME, r.FILE_LINE)
                .fetch(x -> new RejectRow(x.getFileName(), x.getFileLine(), x.getFieldName(), x.getReasonCode(),
                        x.getMessage()));
    }

    /** The insured regions with clearing lines in the month: those an insured-side statement is written for. */
    public static List<String> insuredRegions(DSLContext dsl, CycleMonth month) {
        return dsl.selectDistinct(CLEARING_LINE.INSU_ADMDVS).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).orderBy(CLEARING_LINE.INSU_ADMDVS)
                .fetch(CLEARING_LINE.INSU_ADMDVS);
    }

    /** The treatment regions with clearing lines in the month: those a treatment-side statement is written for. */
    public static List<String> treatmentRegions(DSLContext dsl, CycleMonth month) {
        return dsl.selectDistinct(CLEARING_LINE.MDTRTAREA_ADMDVS).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(month.toString())).orderBy(CLEARING_LINE.MDTRTAREA_ADMDVS)
                .fetch(CLEARING_LINE.MDTRTAREA_ADMDVS);
    }
}
