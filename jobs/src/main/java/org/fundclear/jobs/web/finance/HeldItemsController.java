package org.fundclear.jobs.web.finance;

import java.nio.charset.StandardCharsets;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.finance.HeldItemsService;
import org.fundclear.reports.finance.HeldItems.Filter;
import org.fundclear.reports.finance.HeldItems.Held;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 对账: held settlements by status and age, their notes, and the list as CSV. */
@Controller
public class HeldItemsController {
    private final HeldItemsService held;

    public HeldItemsController(HeldItemsService held) {
        this.held = held;
    }

    @GetMapping("/finance/held")
    public String latest() {
        String month = held.latestMonth();
        return month == null ? "redirect:/finance" : "redirect:/finance/" + month + "/held";
    }

    @GetMapping("/finance/{month}/held")
    public String page(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month,
                       @RequestParam(required = false) String status, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer minMonths, Model model) {
        CycleMonth m = FinanceController.month(month);
        model.addAttribute("month", m);
        model.addAttribute("status", status);
        model.addAttribute("region", region);
        model.addAttribute("minMonths", minMonths);
        model.addAttribute("items", held.held(m, new Filter(status, region, minMonths), user.account().scope()));
        return "finance/held";
    }

    @GetMapping("/finance/{month}/held.csv")
    public ResponseEntity<byte[]> csv(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String region,
                                      @RequestParam(required = false) Integer minMonths) {
        StringBuilder csv = new StringBuilder("setl_id,insu_admdvs,mdtrtarea_admdvs,status,treatment_fund_pay,"
                + "insured_fund_pay,difference,first_held,months_held,notes\n");
        for (Held h : held.held(FinanceController.month(month), new Filter(status, region, minMonths),
                user.account().scope())) {
            csv.append(Csv.row(h.setlId(), h.insu(), h.mdtrtarea(), h.status(), plain(h.treatmentFundPay()),
                    plain(h.insuredFundPay()), plain(h.difference()), h.firstHeld(), String.valueOf(h.monthsHeld()),
                    String.valueOf(h.notes().size())));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("held-" + month + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/finance/{month}/held/{setlId}/note")
    public String note(@AuthenticationPrincipal ConsoleUser user, @PathVariable String month, @PathVariable String setlId,
                       @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String note,
                       RedirectAttributes redirect) {
        try {
            held.note(FinanceController.month(month), setlId, region.strip(), note, user.getUsername(),
                    user.account().scope());
            redirect.addFlashAttribute("message", "已记录 " + setlId + " 的问询");
        } catch (PeriodTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/finance/" + month + "/held";
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
