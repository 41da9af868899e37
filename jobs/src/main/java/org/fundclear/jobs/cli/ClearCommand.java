package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.BrokerOption;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.cli.options.UserOption;
import java.util.concurrent.Callable;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.console.CycleSummary;
import org.fundclear.jobs.finance.FinanceService;
import org.fundclear.jobs.config.ApplicationContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clear", description = "Reconcile both sides, compute clearing lines and post the advance-fund draws.")
public class ClearCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Mixin
    DatabaseOption db;

    @Mixin
    UserOption user;

    @Mixin
    BrokerOption broker;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve(), broker.properties())) {
            return run(context, month, user.name());
        }
    }

    static int run(org.springframework.context.ApplicationContext context, CycleMonth month, String user) {
        System.out.println("Clearing " + month + " ...");
        ClearOutcome outcome = context.getBean(ClearService.class).clear(month, user);
        switch (outcome.result()) {
            case CLEARED -> CycleSummary.print(System.out, context.getBean(FinanceService.class).summary(month));
            case REFUSED -> System.out.println("Refused: " + outcome.message());
            case FAILED -> System.out.println("Failed: " + outcome.message());
        }
        return switch (outcome.result()) {
            case CLEARED -> ExitCodes.OK;
            case REFUSED -> ExitCodes.BUSINESS_PROBLEM;
            case FAILED -> ExitCodes.CRASH;
        };
    }
}
