package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.audit.AuditService;
import org.fundclear.jobs.audit.AuditSummary;
import org.fundclear.jobs.audit.PlantedSubjects;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.console.CycleSummary;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.jobs.finance.FinanceService;
import org.fundclear.jobs.finance.MonthExportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.jobs.users.UserService;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole cycle on two generated months (import, reconcile, clear, advance fund, quality, audit,
 * exports): the second carries late rows that resolve some of the first's held items, and reversals
 * of the first's settlements. Running it again changes nothing
 * (files already loaded, months already cleared) and prints the same summary.
 */
@Command(name = "demo", description = "Generate two sample months, run the whole cycle on them and print a summary.")
public class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output directory (default ./out)")
    Path out;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The second sample month (default: last month)")
    CycleMonth month;

    @Option(names = "--settlements", defaultValue = "5000", paramLabel = "N", description = "Settlements per month")
    int settlements;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
    long seed;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        CycleMonth second = month != null ? month
                : new CycleMonth(YearMonth.now(FundclearConfiguration.CHINA).minusMonths(1));
        CycleMonth first = second.previous();
        Path input = out.resolve("input");
        System.out.printf("Generating two sample months (%s, %s), %,d settlements each, into %s ...%n", first, second,
                settlements, input);
        try {
            ScenarioGenerator.generate(new ScenarioRequest(first.value(), 2, input, settlements, seed));
            // the second month carries labelled audit patterns, so its audit queue shows what inspectors look for
            PatternPlanter.plant(input.resolve(second.toString()), second.value(), seed,
                    PlantedSubjects.perPattern(settlements));
        } catch (IOException e) {
            throw new UsageException("cannot write sample files to " + input + ": " + e.getMessage());
        }
        List<Path> written = new ArrayList<>();
        Map<String, String> demoUsers;
        try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            for (CycleMonth m : List.of(first, second)) {
                System.out.printf("%n=== %s: import%n", m);
                ImportCommand.run(context, m, StandardCharsets.UTF_8, InputFiles.expand(List.of(input.resolve(m.toString()))));
                System.out.printf("%n=== %s: clear%n", m);
                ClearOutcome outcome = context.getBean(ClearService.class).clear(m, "demo");
                if (outcome.result() == ClearOutcome.Result.FAILED) {
                    System.out.println("Failed: " + outcome.message());
                    return ExitCodes.CRASH;
                }
                if (outcome.result() == ClearOutcome.Result.REFUSED) {
                    System.out.println("(" + outcome.message().lines().findFirst().orElse("") + ")");
                }
                QualityCommand.run(dsl, context.getBean(ClearingCycle.class), m);
                CycleSummary.print(System.out, context.getBean(FinanceService.class).summary(m));
                System.out.printf("%n=== %s: audit%n", m);
                AuditSummary.print(System.out, m, context.getBean(AuditService.class).audit(m, out.resolve("models"),
                        Runtime.getRuntime().availableProcessors(), true, "demo"), 5);
                written.add(context.getBean(CaseService.class).writeCasesCsv(m, out));
                written.addAll(context.getBean(MonthExportService.class).write(m, out));
            }
            demoUsers = context.getBean(UserService.class).addDemoUsers("demo");
        }
        System.out.printf("%nOutput files (spec/README.md formats, one xlsx statement per insured and per treatment region):%n");
        written.stream().filter(p -> p.getFileName().toString().endsWith(".csv")).forEach(p -> System.out.println("  " + p));
        System.out.printf("  %d statements %s/statement-YYYY-MM-<insu_admdvs>.xlsx%n",
                written.stream().filter(p -> p.getFileName().toString().startsWith("statement-")).count(), out);
        System.out.printf("  %d statements %s/treatment-statement-YYYY-MM-<mdtrtarea_admdvs>.xlsx%n",
                written.stream().filter(p -> p.getFileName().toString().startsWith("treatment-statement-")).count(), out);
        printConsole(demoUsers);
        System.out.printf("Next: ./fundclear confirm --month %s, then ./fundclear transfers --month %s%n", first, first);
        return ExitCodes.OK;
    }

    /** The demo users' passwords are shown once, when they are created; a later demo leaves them as they are. */
    private static void printConsole(Map<String, String> created) {
        System.out.printf("%nWeb console: ./fundclear serve   (then open http://localhost:8080/)%n");
        if (created.isEmpty()) {
            System.out.println("Demo users exist already (one per role: inspector, reviewer, investigator, supervisor, "
                    + "finance, auditor, admin); ./fundclear user reset-password NAME sets a new password.");
            return;
        }
        System.out.println("Demo users created (passwords are shown this once):");
        TextTable table = new TextTable("user", "role", "password");
        created.forEach((name, password) -> table.row(name, name.toUpperCase(java.util.Locale.ROOT), password));
        table.print(System.out);
    }
}
