package org.fundclear.jobs.web.queue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.fundclear.audit.casework.ActionInput;
import org.fundclear.audit.casework.BulkResult;
import org.fundclear.audit.casework.CaseAction;
import org.fundclear.audit.casework.CaseRefusedException;
import org.fundclear.audit.casework.CaseSort;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.audit.casework.ReasonCode;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.access.UserAccount;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.users.UserService;
import org.fundclear.jobs.web.Masker;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspectors' queue: filters, sort, paging, a saved default filter, bulk claim/assign/dismiss, xlsx export. */
@Controller
public class QueueController {
    private static final int EXPORT_PAGE = 500;

    private final CaseService cases;
    private final UserService users;

    public QueueController(CaseService cases, UserService users) {
        this.cases = cases;
        this.users = users;
    }

    @GetMapping("/")
    public String queue(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute("filter") QueueFilter filter,
                        @RequestParam java.util.Map<String, String> params, Model model) {
        if (params.isEmpty()) {
            Optional<String> saved = users.queueFilter(user.getUsername()).filter(s -> !s.isBlank());
            if (saved.isPresent()) {
                return "redirect:/?" + saved.get();
            }
        }
        var actor = user.actor();
        model.addAttribute("page", cases.queue(actor, filter.query(filter.page(), QueueFilter.PAGE_SIZE)));
        model.addAttribute("caseloads", cases.dashboard(actor, filter.month()).caseloads());
        model.addAttribute("m", Masker.MASKED);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("certainties", Certainty.values());
        model.addAttribute("subjectTypes", SubjectType.values());
        model.addAttribute("sorts", CaseSort.values());
        model.addAttribute("dismissals", ReasonCode.dismissals());
        model.addAttribute("assignees", users.list().stream().filter(UserAccount::enabled)
                .filter(u -> u.roles().stream().anyMatch(r -> r != Role.AUDITOR && r != Role.FINANCE))
                .map(UserAccount::name).toList());
        return "queue";
    }

    @PostMapping("/queue/default")
    public String saveDefault(@AuthenticationPrincipal ConsoleUser user, QueueFilter filter, RedirectAttributes flash) {
        users.saveQueueFilter(user.getUsername(), filter.queryString());
        flash.addFlashAttribute("message", "已保存为默认筛选。");
        return "redirect:/?" + filter.queryString();
    }

    /** Bulk claim, assign or dismiss of the ticked cases; a row's own 认领 button sends {@code claim}. */
    @PostMapping("/cases/bulk")
    public String bulk(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) List<Long> ids,
                       @RequestParam(required = false) Long claim, @RequestParam(required = false) CaseAction action,
                       @RequestParam(required = false) String assignTo, @RequestParam(required = false) String reasonCode,
                       @RequestParam(required = false) String comment, QueueFilter filter, RedirectAttributes flash) {
        List<Long> chosen = claim != null ? List.of(claim) : ids == null ? List.of() : ids;
        CaseAction act = claim != null ? CaseAction.CLAIM : action;
        if (chosen.isEmpty() || act == null) {
            flash.addFlashAttribute("error", "请先勾选案件并选择操作。");
        } else {
            try {
                BulkResult result = cases.bulk(user.actor(), chosen, act,
                        new ActionInput(blank(comment), blank(assignTo), blank(reasonCode), null, List.of()));
                flash.addFlashAttribute("message", act.label() + "：" + result.applied().size() + " 件已处理");
                if (!result.refused().isEmpty()) {
                    flash.addFlashAttribute("refusals", result.refused());
                }
            } catch (CaseRefusedException e) {
                flash.addFlashAttribute("error", act.label() + "未执行：" + e.getMessage());
            }
        }
        return "redirect:/?" + filter.queryString() + "&page=" + filter.page();
    }

    @GetMapping("/queue.xlsx")
    public void export(@AuthenticationPrincipal ConsoleUser user, QueueFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases"
                + (filter.month() == null ? "" : "-" + filter.month().replaceAll("[^0-9-]", "")) + ".xlsx\"");
        var actor = user.actor();
        QueueWorkbook.write(n -> cases.queue(actor, filter.query(n, EXPORT_PAGE)), Masker.MASKED,
                response.getOutputStream());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
