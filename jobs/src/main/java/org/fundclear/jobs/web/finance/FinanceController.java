package org.fundclear.jobs.web.finance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.clearing.ClearRuns;
import org.fundclear.jobs.finance.FinanceService;
import org.fundclear.reports.finance.FinanceMonth.RejectRow;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.fundclear.reports.export.StatementWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度清算: the months, one month's files, clearing, statements, transfers and receipts (thin over the services). */
@Controller
public class FinanceController {
    private final FinanceService finance;
    private final ClearRuns clearRuns;

    public FinanceController(FinanceService finance, ClearRuns clearRuns) {
        this.finance = finance;
        this.clearRuns = clearRuns;
    }

    @GetMapping("/finance")
    public String months(Model model) {
        model.addAttribute("months", finance.months());
        return "finance/months";
    }

    @GetMapping("/finance/go")
    public String go(@RequestParam(defaultValue = "") String month) {
        return "redirect:/finance/" + month(month.strip());
    }

    @GetMapping("/finance/{month}")
    public String month(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, Model model) {
        model.addAttribute("view", finance.month(month(month), user.account().scope()));
        return "finance/month";
    }

    @PostMapping("/finance/{month}/import")
    public String upload(@PathVariable String month, @RequestParam String encoding,
                         @RequestParam(name = "files", required = false) List<MultipartFile> files,
                         RedirectAttributes redirect) throws IOException {
        Charset charset = switch (encoding) {
            case "GB18030" -> Charset.forName("GB18030");
            default -> StandardCharsets.UTF_8;
        };
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.put(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getBytes());
            }
        }
        try {
            List<FileImportResult> results = finance.upload(month(month), charset, uploads);
            redirect.addFlashAttribute("imported", results.stream().map(FinanceController::describe).toList());
        } catch (PeriodTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance/" + month;
    }

    private static String describe(FileImportResult r) {
        String name = r.file().getFileName().toString();
        String counts = r.counts() == null ? "" : "：共 " + r.counts().rows() + " 行 = 导入 " + r.counts().loaded()
                + " + 拒绝 " + r.counts().rejected() + " + 重复 " + r.counts().repeats();
        String outcome = switch (r.outcome()) {
            case LOADED -> "已导入";
            case FILE_REJECTED -> "整个文件被拒绝（E16 文件编码无效等，见拒绝明细），未导入任何行";
            case ALREADY_LOADED -> "此前已导入，未重复导入";
            case REFUSED -> "拒绝导入";
            case FAILED -> "导入失败";
        };
        return name + " " + outcome + counts + (r.message() == null ? "" : "（" + r.message() + "）");
    }

    @GetMapping("/finance/{month}/rejects")
    public String rejects(@PathVariable String month, @RequestParam(required = false) String file,
                          @RequestParam(required = false) String code, Model model) {
        model.addAttribute("month", month(month));
        model.addAttribute("file", file);
        model.addAttribute("code", code);
        model.addAttribute("rejects", finance.rejects(month(month), file, code));
        return "finance/rejects";
    }

    @GetMapping("/finance/{month}/rejects.csv")
    public ResponseEntity<byte[]> rejectsCsv(@PathVariable String month, @RequestParam(required = false) String file,
                                             @RequestParam(required = false) String code) {
        StringBuilder csv = new StringBuilder("file_name,file_line,field_name,reason_code,message\n");
        for (RejectRow r : finance.rejects(month(month), file, code)) {
            csv.append(Csv.row(r.file(), String.valueOf(r.line()), r.field(), r.code(), r.message()));
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), "rejects-" + month + ".csv",
                MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    @PostMapping("/finance/{month}/clear")
    public String clear(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month,
                        RedirectAttributes redirect) {
        try {
            clearRuns.start(month(month), user.getUsername());
        } catch (PeriodTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/finance/" + month;
        }
        return "redirect:/finance/" + month + "/clear";
    }

    @GetMapping("/finance/{month}/clear")
    public String clearProgress(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, Model model) {
        CycleMonth m = month(month);
        var outcome = clearRuns.outcome(m);
        var progress = clearRuns.progress(m);
        model.addAttribute("month", m);
        model.addAttribute("outcome", outcome.orElse(null));
        model.addAttribute("progress", progress.orElse(null));
        boolean done = outcome.isPresent() || progress.isPresent() && !progress.get().running()
                && finance.row(m).status().isCleared();
        model.addAttribute("done", done);
        model.addAttribute("view", done ? finance.month(m, user.account().scope()) : null);
        return "finance/clear";
    }

    @PostMapping("/finance/{month}/confirm")
    public String confirm(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, RedirectAttributes redirect) {
        return act(month, redirect, () -> finance.confirm(month(month), user.getUsername()));
    }

    @PostMapping("/finance/{month}/close")
    public String close(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, RedirectAttributes redirect) {
        return act(month, redirect, () -> finance.close(month(month), user.getUsername()));
    }

    @PostMapping("/finance/{month}/reopen")
    public String reopen(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(month, redirect, () -> finance.reopen(month(month), user.getUsername(), reason.strip()));
    }

    @PostMapping("/finance/{month}/receipt")
    public String receipt(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, @RequestParam String insu,
                          @RequestParam String mdtrtarea, @RequestParam String amount,
                          @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        return act(month, redirect, () -> {
            BigDecimal yuan;
            try {
                yuan = new BigDecimal(amount.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new PeriodTransitionException("金额应为元，最多两位小数：" + amount);
            }
            return finance.receipt(month(month), insu, mdtrtarea, yuan, reference.isBlank() ? null : reference.strip(),
                    user.getUsername(), user.account().scope());
        });
    }

    @GetMapping("/finance/{month}/statement/{side}/{admdvs}")
    public ResponseEntity<byte[]> statement(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month,
                                            @PathVariable String side, @PathVariable String admdvs) {
        StatementWorkbook.Side s = "treatment".equals(side) ? StatementWorkbook.Side.TREATMENT
                : StatementWorkbook.Side.INSURED;
        try {
            byte[] xlsx = finance.statement(month(month), s, admdvs, user.account().scope());
            String name = (s == StatementWorkbook.Side.TREATMENT ? "treatment-statement-" : "statement-") + month + "-"
                    + admdvs + ".xlsx";
            return download(xlsx, name, MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        } catch (PeriodTransitionException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String act(String month, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (PeriodTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance/" + month;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }

    static CycleMonth month(String month) {
        try {
            return CycleMonth.parse(month);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
