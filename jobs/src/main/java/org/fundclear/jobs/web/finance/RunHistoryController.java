package org.fundclear.jobs.web.finance;

import org.fundclear.jobs.history.JobHistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 作业记录: the runs of import, clear and audit (the same service as {@code ./fundclear history}). */
@Controller
public class RunHistoryController {
    private final JobHistoryService history;

    public RunHistoryController(JobHistoryService history) {
        this.history = history;
    }

    @GetMapping("/finance/history")
    public String page(Model model) {
        model.addAttribute("runs", history.runs(null, 200));
        return "finance/history";
    }
}
