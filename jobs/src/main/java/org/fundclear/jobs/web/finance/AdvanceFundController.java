package org.fundclear.jobs.web.finance;

import java.math.BigDecimal;
import org.fundclear.clearing.cycle.AdvanceFundPolicy;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.jobs.finance.AdvanceFundService;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 预付金: the regions' funds, one region's ledger and usage chart, and recording a top-up. */
@Controller
public class AdvanceFundController {
    private final AdvanceFundService funds;
    private final AdvanceFundPolicy policy;

    public AdvanceFundController(AdvanceFundService funds, AdvanceFundPolicy policy) {
        this.funds = funds;
        this.policy = policy;
    }

    @GetMapping("/finance/advance")
    public String regions(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("regions", funds.regions(user.account().scope()));
        return "finance/advance";
    }

    @GetMapping("/finance/advance/{region}")
    public String ledger(@AuthenticationPrincipal ConsoleUser user, @PathVariable String region, Model model) {
        var ledger = funds.ledger(region, user.account().scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ledger", ledger);
        model.addAttribute("chart", UsageChart.of(ledger.positions(), policy.warningRate()));
        model.addAttribute("warningRate", policy.warningRate());
        return "finance/advance-region";
    }

    @PostMapping("/finance/advance/{region}/top-up")
    public String topUp(@AuthenticationPrincipal ConsoleUser user, @PathVariable String region,
                        @RequestParam String month, @RequestParam String amount,
                        @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        try {
            BigDecimal yuan;
            try {
                yuan = new BigDecimal(amount.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new PeriodTransitionException("金额应为元，最多两位小数：" + amount);
            }
            redirect.addFlashAttribute("message", funds.topUp(region, FinanceController.month(month.strip()), yuan,
                    reference, user.getUsername(), user.account().scope()));
        } catch (PeriodTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance/advance/" + region;
    }
}
