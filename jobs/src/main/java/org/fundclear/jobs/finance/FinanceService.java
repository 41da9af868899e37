package org.fundclear.jobs.finance;

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
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.cycle.Transfers;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.reports.export.StatementWorkbook;
import org.fundclear.reports.finance.ClearingSummary;
import org.fundclear.reports.finance.FinanceMonth;
import org.fundclear.reports.finance.FinanceMonth.MonthRow;
import org.fundclear.reports.finance.FinanceMonth.MonthView;
import org.fundclear.reports.finance.FinanceMonth.RejectRow;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * The finance clerk's use cases over a month, for the console and the commands alike: the months and their
 * transitions, uploads, transfer instructions and receipts, statements. Reads come from {@link FinanceMonth},
 * which applies the user's {@link RegionScope}.
 */
@Service
public class FinanceService {
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
        return FinanceMonth.months(dsl, cycle.periods());
    }

    public MonthRow row(CycleMonth month) {
        return FinanceMonth.row(dsl, cycle.periods(), month);
    }

    public MonthView month(CycleMonth month, RegionScope scope) {
        return FinanceMonth.view(dsl, cycle.periods(), month, scope, LocalDate.now(clock));
    }

    /** What the clerk reads after a clearing (all regions: the CLI's summary). */
    public ClearingSummary summary(CycleMonth month) {
        return ClearingSummary.of(dsl, month);
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
        return FinanceMonth.rejects(dsl, month, file, code);
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
