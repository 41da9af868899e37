package org.fundclear.jobs.web;

import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisors' dashboard: backlog by stage and age, overdue, caseloads, decisions per rule or model. */
@Controller
public class DashboardController {
    private final CaseService cases;

    public DashboardController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/dashboard")
    public String dashboard(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String month,
                            Model model) {
        String m = month == null || month.isBlank() ? null : month.strip();
        model.addAttribute("month", m);
        model.addAttribute("dashboard", cases.dashboard(user.actor(), m));
        return "dashboard";
    }
}
