package org.fundclear.jobs.bench;

import org.fundclear.jobs.audit.AuditService;
import org.fundclear.jobs.audit.PlantedSubjects;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.evaluation.AuditEvaluation;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.cli.options.BackgroundConverter;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.PatternSetConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.TableStatistics;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole audit of a generated month with planted patterns on an H2 file database (or, with {@code --db}, a
 * fresh PostgreSQL database), per stage (each
 * rule, each detector, storing), plus Isolation Forest scoring throughput on synthetic person-months.
 */
@Command(name = "bench-audit", description = "Time the audit of a generated month per stage.")
public class BenchAuditCommand implements Callable<Integer> {
    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");

    @Option(names = "--settlements", defaultValue = "1000000", paramLabel = "N")
    int settlements;

    @Option(names = "--dir", defaultValue = "out/bench-audit", paramLabel = "DIR",
            description = "Work directory for generated files, database and models (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S")
    long seed;

    @Option(names = "--background", defaultValue = "default", paramLabel = "default|alt",
            converter = BackgroundConverter.class, description = "Background population (see generate)")
    Background background;

    @Option(names = "--patterns", defaultValue = "standard", paramLabel = "standard|unseen",
            converter = PatternSetConverter.class, description = "Planted patterns (see generate)")
    PatternPlanter.PatternSet patterns;

    @Option(names = "--per-pattern", paramLabel = "N",
            description = "Planted subjects per pattern (default as generate's; 0 plants none, no truth to measure)")
    Integer perPattern;

    @Option(names = "--if-rows", defaultValue = "1000000", paramLabel = "N",
            description = "Synthetic person-months for the Isolation Forest scoring benchmark (0 skips it)")
    int ifRows;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for rules and detectors (default: the number of cores)")
    Integer threads;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure on (the run "
            + "creates and drops its own database there); default: an H2 file database under --dir")
    String db;

    @Option(names = "--reuse-db", description = "Audit the database an earlier run left under --dir again, without"
            + " re-importing (only when that run imported the same --settlements)")
    boolean reuseDb;

    @Mixin
    BenchJsonOption json;

    @Override
    public Integer call() throws Exception {
        int planted = perPattern != null ? perPattern : PlantedSubjects.perPattern(settlements);
        Path input = dir.resolve("input-" + settlements + "-" + seed + "-" + background.name().toLowerCase(Locale.ROOT)
                + "-" + patterns.name().toLowerCase(Locale.ROOT) + "-" + planted);
        if (!Files.exists(input.resolve("settlements-" + MONTH + ".csv"))) {
            System.out.printf("generating %,d settlements (%s background, %d %s patterns each) into %s ...%n",
                    settlements, background, planted, patterns, input);
            MonthGenerator.generate(new GenerationRequest(MONTH.value(), input, settlements, seed, background));
            if (planted > 0) {
                PatternPlanter.plant(input, MONTH.value(), seed, planted, patterns);
            }
        }
        if (reuseDb && db != null) {
            throw new UsageException("--reuse-db keeps an H2 file database; with --db every run imports into a fresh one");
        }
        Path h2 = dir.resolve("db");
        boolean reimport = !reuseDb || !Files.exists(h2.resolve("fundclear.mv.db"));
        String load = MachineLoad.describe();
        try (BenchDatabase database = reimport ? BenchDatabase.create(db, h2, "audit")
                : BenchDatabase.existing(DatabaseUrl.embedded(h2));
             ConfigurableApplicationContext context = ApplicationContexts.start(database.url())) {
            double importSeconds = 0;
            if (reimport) {
                long t0 = System.nanoTime();
                context.getBean(ImportService.class).importFiles(MONTH, StandardCharsets.UTF_8,
                        InputFiles.expand(List.of(input)));
                importSeconds = (System.nanoTime() - t0) / 1e9;
            }
            DSLContext dsl = context.getBean(DSLContext.class);
            TableStatistics.settle(dsl, SETTLEMENT, FEE_LINE);
            long t1 = System.nanoTime();
            AuditResult result = context.getBean(AuditService.class).audit(MONTH, fresh(dir.resolve("models")),
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, true, "bench");
            double auditSeconds = (System.nanoTime() - t1) / 1e9;

            System.out.printf("%naudit benchmark: %,d settlements requested, %s, %d cores, Java %s%n",
                    settlements, database.describe(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.printf("  machine load: %s at the start, %s at the end%n", load, MachineLoad.describe());
            if (reimport) {
                System.out.printf("  %-28s %8.1f s (not part of the audit)%n", "import (all files)", importSeconds);
            }
            for (Map.Entry<String, Long> stage : result.millisByStage().entrySet()) {
                System.out.printf("  %-28s %8.1f s%n", stage.getKey(), stage.getValue() / 1000.0);
            }
            System.out.printf("  %-28s %8.1f s  (%,d findings, %,d cases)%n", "audit total", auditSeconds,
                    result.findings().size(), result.cases().size());
            long floorStart = System.nanoTime();
            long rows = Floors.auditOnePass(dsl, MONTH);
            double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
            System.out.printf("  %-28s %8.1f s%n", "floor: one pass over the rows", floorSeconds);
            BenchReport.Builder report = new BenchReport.Builder(context.getBean(DatabaseVendor.class).name(),
                    dsl.fetchCount(SETTLEMENT, SETTLEMENT.CYCLE_MONTH.eq(MONTH.toString())));
            result.millisByStage().forEach((stage, millis) -> report.stage(stage, millis / 1000.0, null));
            json.write(report.build(auditSeconds, "one pass over the month's settlements and fee lines (" + rows
                    + " rows)", floorSeconds));
            System.out.println();
            Path truth = input.resolve("audit-truth.csv");
            System.out.print(AuditEvaluation.evaluate(dsl, MONTH,
                    Files.exists(truth) ? TruthFile.read(truth) : List.of(), 50).table());
        }
        if (ifRows > 0) {
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
            IsolationForestScoringBench.Timing t = IsolationForestScoringBench.run(ifRows, threads, seed);
            System.out.printf("%nIsolation Forest, %,d synthetic person-months x 4 features: train (100k sample) %.1f s,"
                    + " score 1 thread %.1f s, %d threads %.1f s%n", ifRows, t.trainSeconds(), t.singleThreadSeconds(),
                    t.threads(), t.multiThreadSeconds());
        }
        return ExitCodes.OK;
    }

    private static Path fresh(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(path);
    }
}
