package org.fundclear.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundclear.audit.casework.VerdictImport;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.console.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verdicts", description = "Apply decisions made outside the console (verdicts CSV, spec/README.md) as "
        + "the 违规处理 decision of a SUPERVISOR; rows that break a rule are printed and the others applied.")
public class VerdictsCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "A console user with the SUPERVISOR role")
    String user;

    @Parameters(paramLabel = "FILE", description = "The verdicts CSV")
    Path file;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        try (var context = ApplicationContexts.start(db.resolve())) {
            VerdictImport result = context.getBean(CaseService.class).applyVerdicts(month, user, file);
            System.out.printf("%s (SHA-256 %s): %,d rows; %,d cases decided from %,d rows, %,d rows repeated a decision "
                            + "already applied, %,d rows rejected%n", result.file(), result.sha256(), result.rows(),
                    result.casesApplied(), result.rowsApplied(), result.repeats(), result.rejects().size());
            if (result.rejects().isEmpty()) {
                System.out.println("Confirmed deductions are posted by the next ./fundclear clear.");
                return ExitCodes.OK;
            }
            System.out.printf("%nRejected rows (nothing of their case was applied):%n");
            TextTable table = new TextTable("file", "line>", "subject", "id", "reason");
            result.rejects().forEach(r -> table.row(result.file(), r.line(), r.subjectType(), r.subjectId(), r.reason()));
            table.print(System.out);
            return ExitCodes.BUSINESS_PROBLEM;
        }
    }
}
