package org.fundclear.jobs.finance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD_EVENT;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.REGION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_INSTRUCTION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_RECEIPT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.cycle.ProvinceNetting;
import org.fundclear.clearing.cycle.Transfers;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.reports.export.StatementWorkbook;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * The finance clerk's use cases over a month, for the console and the commands alike: the months and their
 * transitions, uploads, transfer instructions and receipts, statements. Every read of regional money applies the
 * user's {@link RegionScope} (an instruction is seen when its insured or its treatment region is covered).
 */
@Service
public class FinanceService {
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

    private final DSLContext dsl;
    private final ClearingCycle cycle;
    private final ImportService imports;
    private final Clock clock;

    public FinanceService(DSLContext dsl, ClearingCycle cycle, ImportService imports, Clock clock) {
        this.dsl = dsl;
        this.cycle = cycle;
        this.imports = imports;
        this.clock = clock;
    }

    /** Every month that has files or a period, newest first. */
    public List<MonthRow> months() {
        TreeSet<String> months = new TreeSet<>(dsl.selectDistinct(IMPORT_FILE.CYCLE_MONTH).from(IMPORT_FILE)
                .fetch(IMPORT_FILE.CYCLE_MONTH));
        months.addAll(dsl.select(CLEARING_PERIOD.CYCLE_MONTH).from(CLEARING_PERIOD).fetch(CLEARING_PERIOD.CYCLE_MONTH));
        return months.descendingSet().stream().map(m -> row(CycleMonth.parse(m))).toList();
    }

    public MonthRow row(CycleMonth month) {
        List<Event> events = dsl.selectFrom(CLEARING_PERIOD_EVENT).where(CLEARING_PERIOD_EVENT.CYCLE_MONTH.eq(month.toString()))
                .orderBy(CLEARING_PERIOD_EVENT.ID).fetch(e -> new Event(PeriodStatus.valueOf(e.getFromStatus()),
                        PeriodStatus.valueOf(e.getToStatus()), e.getEventAt(), e.getEventBy(), e.getReason()));
        int files = dsl.fetchCount(IMPORT_FILE, IMPORT_FILE.CYCLE_MONTH.eq(month.toString()));
        return new MonthRow(month, cycle.periods().status(dsl, month), events, files);
    }

    public MonthView month(CycleMonth month, RegionScope scope) {
        String m = month.toString();
        Map<String, String> names = regionNames();
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
        Map<String, Integer> held = new java.util.TreeMap<>(dsl.select(rec.STATUS, DSL.count()).from(rec)
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
        LocalDate today = LocalDate.now(clock);
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
        return new MonthView(row(month), files, owed, held, warnings, treatment, transfers, receipts, netting);
    }

    public String confirm(CycleMonth month, String user) {
        int issued = dsl.transactionResult(tx -> cycle.confirm(tx.dsl(), month, user));
        return month + " 已确认，已下达 " + issued + " 笔资金划拨指令";
    }

    public String close(CycleMonth month, String user) {
        dsl.transaction(tx -> cycle.close(tx.dsl(), month, user));
        return month + " 已关闭";
    }

    public String reopen(CycleMonth month, String user, String reason) {
        dsl.transaction(tx -> cycle.reopen(tx.dsl(), month, user, reason));
        return month + " 已重新打开，可以重新清算";
    }

    /** A receipt for an instruction the user may see (one outside the scope is refused as unknown). */
    public String receipt(CycleMonth month, String insu, String mdtrtarea, BigDecimal amount, String reference,
                          String user, RegionScope scope) {
        if (!scope.covers(insu) && !scope.covers(mdtrtarea)) {
            throw new PeriodTransitionException("no transfer instruction " + insu + " → " + mdtrtarea + " for " + month);
        }
        Transfers.Receipt r = dsl.transactionResult(tx -> cycle.recordReceipt(tx.dsl(), month, insu, mdtrtarea, amount,
                reference, user));
        return "已登记到账 " + insu + " → " + mdtrtarea + " " + amount.toPlainString()
                + (r.settled() ? "，该笔划拨已结清" : "，尚欠 " + r.stillOwed().toPlainString())
                + (r.monthPaid() ? "；" + month + " 全部划拨已到账，状态 PAID" : "");
    }

    /**
     * Imports uploaded files (name → bytes) into a month. Every name is checked first, so an upload with a file that
     * is not one of the spec's CSV files loads nothing.
     */
    public List<FileImportResult> upload(CycleMonth month, Charset encoding, Map<String, byte[]> uploads) {
        List<String> wrong = uploads.keySet().stream()
                .filter(n -> n.contains("/") || n.contains("\\") || IntakeKind.forFileName(n).isEmpty()).toList();
        if (uploads.isEmpty() || !wrong.isEmpty()) {
            throw new PeriodTransitionException((uploads.isEmpty() ? "没有选择文件" : "不是规定的输入文件：" + wrong)
                    + "；文件名应为 " + IntakeKind.fileNamePatterns() + "，未导入任何文件");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fundclear-upload");
            List<Path> paths = new ArrayList<>();
            for (var e : uploads.entrySet()) {
                paths.add(Files.write(dir.resolve(e.getKey()), e.getValue()));
            }
            return imports.importFiles(month, encoding, InputFiles.expand(paths));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    public List<RejectRow> rejects(CycleMonth month, String file, String code) {
        var r = IMPORT_REJECT;
        return dsl.selectFrom(r).where(r.CYCLE_MONTH.eq(month.toString()))
                .and(file == null || file.isBlank() ? DSL.trueCondition() : r.FILE_NAME.eq(file))
                .and(code == null || code.isBlank() ? DSL.trueCondition() : r.REASON_CODE.eq(code))
                .orderBy(r.FILE_NAME, r.FILE_LINE)
                .fetch(x -> new RejectRow(x.getFileName(), x.getFileLine(), x.getFieldName(), x.getReasonCode(),
                        x.getMessage()));
    }

    /** The insured-side (or treatment-side) statement of a region the user may see, as xlsx bytes. */
    public byte[] statement(CycleMonth month, StatementWorkbook.Side side, String admdvs, RegionScope scope) {
        if (!scope.covers(admdvs) || !cycle.periods().status(dsl, month).isCleared()) {
            throw new PeriodTransitionException("no statement of " + admdvs + " for " + month);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fundclear-statement");
            Long job = cycle.periods().find(dsl, month).map(p -> p.getJobExecutionId()).orElse(null);
            return Files.readAllBytes(StatementWorkbook.write(dsl, side, month, admdvs, dir, LocalDateTime.now(clock), job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private Map<String, String> regionNames() {
        return dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).fetchMap(REGION.ADMDVS, REGION.NAME);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
