package org.fundclear.jobs.web.finance;

import org.fundclear.jobs.finance.RunHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 作业记录: the runs of import, clear and audit. */
@Controller
public class RunHistoryController {
    private final RunHistory history;

    public RunHistoryController(RunHistory history) {
        this.history = history;
    }

    @GetMapping("/finance/history")
    public String page(Model model) {
        model.addAttribute("runs", history.runs(200));
        return "finance/history";
    }
}
