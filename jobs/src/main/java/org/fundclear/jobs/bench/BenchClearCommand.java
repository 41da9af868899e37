package org.fundclear.jobs.bench;

import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.TableStatistics;
import org.jooq.DSLContext;
import org.fundclear.sql.DatabaseVendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole clear of a month on a fresh database (H2 file, or a new PostgreSQL database with
 * {@code --db}), step by step, next to its floor measured in the same run on the same rows: one
 * set-based GROUP BY over the settlements and one LEFT JOIN reconciliation of settlements against
 * the ledger.
 */
@Command(name = "bench-clear", description = "Measure the clearing job against a GROUP BY + LEFT JOIN floor.")
public class BenchClearCommand implements Callable<Integer> {
    @Option(names = "--settlements", defaultValue = "1000000", paramLabel = "N")
    int settlements;

    @Option(names = "--dir", defaultValue = "out/bench", paramLabel = "DIR")
    Path dir;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S")
    long seed;

    @Mixin
    BenchJsonOption json;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure on (the run "
            + "creates and drops its own database there); default: a fresh H2 file database under --dir")
    String db;

    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");

    @Override
    public Integer call() throws Exception {
        Path input = dir.resolve("input-" + settlements);
        if (!Files.exists(input.resolve("ledger-" + MONTH + ".csv"))) {
            System.out.printf("generating %,d settlements into %s ...%n", settlements, input);
            MonthGenerator.generate(new GenerationRequest(MONTH.value(), input, settlements, seed));
        }
        try (BenchDatabase database = BenchDatabase.create(db, dir.resolve("db-clear"), "clear");
             var context = ApplicationContexts.start(database.url())) {
            DSLContext dsl = context.getBean(DSLContext.class);
            List<InputFiles.InputFile> files = InputFiles.expand(List.of(input)).stream()
                    .filter(f -> f.kind() != IntakeKind.FEES).toList();
            System.out.printf("importing %d files (fees are not needed to clear) ...%n", files.size());
            context.getBean(ImportService.class).importFiles(MONTH, StandardCharsets.UTF_8, files);
            int rows = dsl.fetchCount(SETTLEMENT);
            TableStatistics.settle(dsl, SETTLEMENT, LEDGER_ENTRY);

            String load = MachineLoad.describe();
            long t0 = System.nanoTime();
            ClearOutcome outcome = context.getBean(ClearService.class).clear(MONTH, "bench");
            double clear = seconds(t0);

            double groupBy = time(() -> Floors.clearGroupBy(dsl, MONTH));
            double leftJoin = time(() -> Floors.clearLeftJoin(dsl, MONTH));

            System.out.printf("%nclear benchmark: %,d settlements, %,d ledger rows, %s, %d cores, Java %s%n",
                    rows, dsl.fetchCount(LEDGER_ENTRY), database.describe(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            System.out.printf("  machine load: %s at the start, %s at the end%n", load, MachineLoad.describe());
            StepTimes.of(dsl, outcome.jobExecutionId()).forEach(step -> System.out.println("  " + step));
            System.out.printf("  %-41s %8.1f s  (%s)%n", "whole clear", clear, outcome.result());
            System.out.printf("  %-41s %8.1f s%n", "floor: GROUP BY over the settlements", groupBy);
            System.out.printf("  %-41s %8.1f s%n", "floor: LEFT JOIN settlements × ledger", leftJoin);
            System.out.printf("  whole clear = %.2f × the floor (target ≤ 1.5)%n", clear / (groupBy + leftJoin));
            json.write(new BenchReport.Builder(context.getBean(DatabaseVendor.class).name(), rows)
                    .stage("clear", clear, (long) rows).build(clear, "GROUP BY + LEFT JOIN", groupBy + leftJoin));
        }
        return 0;
    }

    private static double time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return seconds(t0);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
