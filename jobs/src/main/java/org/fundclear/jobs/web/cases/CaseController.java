package org.fundclear.jobs.web.cases;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.casework.ActionInput;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.Attachment;
import org.fundclear.audit.casework.CaseAction;
import org.fundclear.audit.casework.CaseConflictException;
import org.fundclear.audit.casework.CaseRefusedException;
import org.fundclear.audit.casework.CaseView;
import org.fundclear.audit.casework.Deduction;
import org.fundclear.audit.casework.ReasonCode;
import org.fundclear.jobs.cases.CaseDossierService;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.users.UserService;
import org.fundclear.jobs.web.Masker;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.http.HttpStatus;
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

/**
 * A case page: the case, its subject's records, and a form for each action the user may take now. A case outside the
 * user's regions is not found, whatever URL was typed (the service's queries apply the scope).
 */
@Controller
public class CaseController {
    private final CaseService cases;
    private final CaseDossierService dossiers;
    private final UserService users;

    public CaseController(CaseService cases, CaseDossierService dossiers, UserService users) {
        this.cases = cases;
        this.dossiers = dossiers;
        this.users = users;
    }

    @GetMapping("/cases/{id}")
    public String show(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, Model model) {
        return page(user.actor(), id, Masker.MASKED, model);
    }

    /** Shows names and ID numbers for this one response, recorded in the case's trail first. */
    @PostMapping("/cases/{id}/unmask")
    public String unmask(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, Model model) {
        Actor actor = user.actor();
        if (!actor.unmask()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        visible(actor, id);
        cases.recordUnmask(actor, id, "姓名、证件号码、个人编号");
        return page(actor, id, new Masker(true), model);
    }

    @PostMapping("/cases/{id}/act")
    public String act(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, @RequestParam CaseAction action,
                      @RequestParam long version, @RequestParam(required = false) String comment,
                      @RequestParam(required = false) String assignee,
                      @RequestParam(required = false) String reasonCode,
                      @RequestParam(name = "setlId", required = false) List<String> setlIds,
                      @RequestParam(name = "amount", required = false) List<String> amounts,
                      @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Actor actor = user.actor();
        visible(actor, id);
        try {
            ActionInput input = new ActionInput(blank(comment), blank(assignee), blank(reasonCode), attachment(file),
                    deductions(setlIds, amounts));
            cases.act(actor, id, version, action, input);
            flash.addFlashAttribute("message", action.label() + "：已完成。");
        } catch (CaseConflictException e) {
            flash.addFlashAttribute("error", "案件已被他人修改，本次操作未生效；请查看最新内容后重新决定。（" + e.getMessage() + "）");
        } catch (CaseRefusedException e) {
            flash.addFlashAttribute("error", action.label() + "未执行：" + e.getMessage());
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "扣款金额须为数字（元，最多两位小数）。");
        }
        return "redirect:/cases/" + id;
    }

    private String page(Actor actor, long id, Masker m, Model model) {
        CaseView view = visible(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("dossier", dossiers.dossier(actor, view));
        model.addAttribute("m", m);
        model.addAttribute("actions", view.allowedActions().stream().sorted().toList());
        model.addAttribute("canUnmask", actor.unmask());
        model.addAttribute("dismissals", ReasonCode.dismissals());
        model.addAttribute("violations", ReasonCode.violations());
        model.addAttribute("assignees", users.list().stream().filter(u -> u.enabled()).map(u -> u.name()).toList());
        model.addAttribute("evidenceIds", view.findings().stream().flatMap(f -> f.setlIds().stream()).distinct().toList());
        return "case";
    }

    private CaseView visible(Actor actor, long id) {
        return cases.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Deduction> deductions(List<String> setlIds, List<String> amounts) {
        List<Deduction> out = new ArrayList<>();
        for (int i = 0; setlIds != null && i < setlIds.size(); i++) {
            String amount = amounts != null && i < amounts.size() ? amounts.get(i) : null;
            if (setlIds.get(i) != null && !setlIds.get(i).isBlank() && amount != null && !amount.isBlank()) {
                out.add(new Deduction(setlIds.get(i).strip(), new BigDecimal(amount.strip())));
            }
        }
        return out;
    }

    private static Attachment attachment(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename();
        return Attachment.of(name.replaceAll(".*[/\\\\]", ""), file.getBytes());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
