package org.fundclear.jobs.audit;

import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.fundclear.audit.AuditEngine;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.audit.rulebook.RuleBook;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cli.options.BrokerOption;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.cli.options.UserOption;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.jobs.config.UsageException;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "Audit a month: the outpatient rule library and the Weka detectors; stores "
        + "findings and cases (replacing an earlier run of the month) and prints the top of the queue.")
public class AuditCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Cycle month to audit")
    CycleMonth month;

    @Option(names = "--models", defaultValue = "data/models", paramLabel = "DIR",
            description = "Model registry folder for the trained detectors (default ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--top", defaultValue = "15", paramLabel = "N", description = "Cases to print (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--threads", paramLabel = "N",
            description = "Rules and detectors run side by side on N threads (default: the number of cores; with a "
                    + "broker they run on the workers instead)")
    Integer threads;

    @Option(names = "--rule-order-only", description = "Rank the queue by the rules' and models' own priority even when "
            + "earlier months' verdicts could re-rank it")
    boolean ruleOrderOnly;

    @Mixin
    DatabaseOption db;

    @Mixin
    BrokerOption broker;

    @Mixin
    UserOption user;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve(), broker.properties())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            if (!dsl.fetchExists(SETTLEMENT, SETTLEMENT.CYCLE_MONTH.eq(month.toString()))) {
                throw new UsageException("no settlements loaded for " + month + "; run ./fundclear import first");
            }
            AuditResult result = context.getBean(AuditService.class).audit(month, models,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, !ruleOrderOnly, user.name());
            AuditSummary.print(System.out, month, result, top);
            return ExitCodes.OK;
        }
    }

    public static AuditEngine engine(Path models, int threads) {
        return engine(models, threads, StageDeadlines.defaults(), true);
    }

    /** With the configured deadlines of the cases it raises; {@code learn}: re-rank by earlier months' verdicts. */
    public static AuditEngine engine(Path models, int threads, StageDeadlines deadlines, boolean learn) {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        // the rule-book version in force for each month audited (V81), not fixed thresholds
        return new AuditEngine(new RuleBook(), Detectors.standard(new ModelRegistry(models, Clock.systemUTC())),
                Clock.system(FundclearConfiguration.CHINA), threads, deadlines, learn);
    }
}
