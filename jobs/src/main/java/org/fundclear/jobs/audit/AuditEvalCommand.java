package org.fundclear.jobs.audit;

import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundclear.audit.evaluation.AuditEvaluation;
import org.fundclear.audit.evaluation.EvaluationReport;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.UsageException;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit-eval", description = "Measure the month's stored audit against a truth file (audit-truth.csv "
        + "from generate --plant): recall per pattern, precision@k, AUC-PR, look-alike false positives.")
public class AuditEvalCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "audit-truth.csv")
    Path truth;

    @Option(names = "--capacity", defaultValue = "50", paramLabel = "K",
            description = "Cases inspectors can review (precision@K, default ${DEFAULT-VALUE})")
    int capacity;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(truth)) {
            throw new UsageException("no truth file " + truth);
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            if (!dsl.fetchExists(AUDIT_RUN, AUDIT_RUN.CYCLE_MONTH.eq(month.toString()))) {
                throw new UsageException("no audit of " + month + " yet; run ./fundclear audit --month " + month);
            }
            EvaluationReport report = AuditEvaluation.evaluate(dsl, month, TruthFile.read(truth), capacity);
            System.out.print(report.table());
            return ExitCodes.OK;
        }
    }
}
