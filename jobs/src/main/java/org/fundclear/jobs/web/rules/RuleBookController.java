package org.fundclear.jobs.web.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fundclear.audit.rulebook.RuleBookVersion;
import org.fundclear.audit.rulebook.RuleChangeRefused;
import org.fundclear.jobs.rules.RuleBookService;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 规则库: every logged-in user reads the versions and their values; an ADMIN changes one value per new version. */
@Controller
public class RuleBookController {
    private final RuleBookService rules;

    public RuleBookController(RuleBookService rules) {
        this.rules = rules;
    }

    @GetMapping("/rules")
    public String page(@RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("view", rules.view(version));
        return "rules/index";
    }

    /** Only ADMIN reaches this (ConsoleSecurity); a refusal comes back as the page's error message. */
    @PostMapping("/rules/change")
    public String change(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String parameter,
                         @RequestParam(defaultValue = "") String entryKey, @RequestParam(defaultValue = "") String value,
                         @RequestParam(defaultValue = "") String effectiveFrom,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            LocalDate from;
            try {
                from = effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom.strip());
            } catch (DateTimeParseException e) {
                throw new RuleChangeRefused("生效日期须为 YYYY-MM-DD：" + effectiveFrom);
            }
            RuleBookVersion made = rules.change(parameter, entryKey, value.isBlank() ? null : value, from, reason,
                    user.getUsername());
            redirect.addFlashAttribute("message", "已生成规则库版本 " + made.label() + "，自 " + made.effectiveFrom()
                    + " 起稽核的月份使用");
        } catch (RuleChangeRefused e) {
            redirect.addFlashAttribute("error", "未修改：" + e.getMessage());
        }
        return "redirect:/rules";
    }
}
