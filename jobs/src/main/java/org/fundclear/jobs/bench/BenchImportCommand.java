package org.fundclear.jobs.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fundclear.clearing.intake.CsvSource;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.SchemaMigrator;
import javax.sql.DataSource;
import org.fundclear.sql.jooq.Tables;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Import throughput next to its floors, measured in the same run on the same rows: CSV parsing alone,
 * and the fastest plain load into the same table of a fresh database of the same kind (a JDBC batch
 * insert on H2, {@code COPY FROM STDIN} on PostgreSQL).
 */
@Command(name = "bench-import", description = "Measure import throughput against the plain bulk-load floor.")
public class BenchImportCommand implements Callable<Integer> {
    @Option(names = "--settlements", defaultValue = "1000000", paramLabel = "N")
    int settlements;

    @Option(names = "--dir", defaultValue = "out/bench", paramLabel = "DIR",
            description = "Work directory for generated files and databases (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S")
    long seed;

    @Mixin
    BenchJsonOption json;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure on (each run "
            + "creates and drops its own databases there); default: fresh H2 file databases under --dir")
    String db;

    @Option(names = "--warm-up", defaultValue = "100000", paramLabel = "LINES", description = "Before measuring, "
            + "import and floor-load the file's first LINES lines once into a scratch database, so that both "
            + "measured runs find the JIT compiler equally warm; the default covers two of the import's chunks on a "
            + "database server (default ${DEFAULT-VALUE}; 0: none)")
    int warmUp;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Measure the import and the floor "
            + "N times each, alternating which goes first, and report the medians: on a shared 2-core machine one "
            + "pair moves by 20 points (default ${DEFAULT-VALUE})")
    int runs;

    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");
    private static final int BATCH = 5000;

    @Override
    public Integer call() throws Exception {
        Path input = dir.resolve("input-" + settlements);
        Path file = input.resolve("settlements-" + MONTH + ".csv");
        if (!Files.exists(file)) {
            System.out.printf("generating %,d settlements into %s ...%n", settlements, input);
            MonthGenerator.generate(new GenerationRequest(MONTH.value(), input, settlements, seed));
        }
        long bytes = Files.size(file);

        long t0 = System.nanoTime();
        long parsed = 0;
        try (CsvSource source = new CsvSource(file, StandardCharsets.UTF_8)) {
            while (source.next() != null) {
                parsed++;
            }
        }
        double parseSeconds = seconds(t0);

        warmUp(file);
        if (warmUp > 0) {
            System.out.printf("warmed up; the JIT compiler quiet after %.1f s more%n",
                    JitCompiler.awaitQuiet(Duration.ofSeconds(60)).toMillis() / 1000.0);
        }

        String load = MachineLoad.describe();
        List<Measured> imports = new ArrayList<>();
        List<Measured> floors = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            // alternating which goes first, so that neither always finds the machine (page cache, disk) as the
            // other left it
            if (run % 2 == 1) {
                imports.add(importOnce(file));
                floors.add(floorOnce(file));
            } else {
                floors.add(floorOnce(file));
                imports.add(importOnce(file));
            }
            if (runs > 1) {
                Measured i = imports.getLast();
                Measured f = floors.getLast();
                System.out.printf("run %d of %d: floor %.1f s, import %.1f s: %.0f %% (JIT compiler %.1f s and %.1f s "
                        + "of them)%n", run, runs, f.seconds(), i.seconds(), 100.0 * f.seconds() / i.seconds(),
                        f.jitSeconds(), i.jitSeconds());
            }
        }
        Measured importRun = median(imports);
        Measured floor = median(floors);

        System.out.printf("%nimport benchmark: %,d settlements (%,d MB), fresh %s each, %d cores, Java %s%n",
                parsed, bytes >> 20, importRun.database(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("  machine load: %s at the start, %s at the end%n", load, MachineLoad.describe());
        if (runs > 1) {
            System.out.printf("  %d runs each, alternating; the medians (and their runs' CPU and steps):%n", runs);
        }
        System.out.printf("  %-44s %8.1f s %,12d rows/s%n", "CSV parse only (FastCSV)", parseSeconds,
                Math.round(parsed / parseSeconds));
        System.out.printf("  %-44s %8.1f s %,12d rows/s  (%s)%n", floor.name(), floor.seconds(),
                Math.round(floor.rows() / floor.seconds()), floor.cpu());
        System.out.printf("  %-44s %8.1f s %,12d rows/s  (%s)%n", importRun.name(), importRun.seconds(),
                Math.round(parsed / importRun.seconds()), importRun.cpu());
        importRun.steps().forEach(step -> System.out.println("    " + step));
        System.out.printf("  import throughput = %.0f %% of the floor%s; result: %s%n",
                100.0 * floor.seconds() / importRun.seconds(), runs > 1
                        ? String.format(" (median of the runs' own: %.0f %%)", medianRatio(
                        floors.stream().map(Measured::seconds).toList(), imports.stream().map(Measured::seconds).toList()))
                        : "",
                importRun.result());
        json.write(new BenchReport.Builder(importRun.vendor(), parsed)
                .stage("import", importRun.seconds(), parsed).build(importRun.seconds(), floor.name(), floor.seconds()));
        return 0;
    }

    /** One measured load: its time, rows, CPU, and for the import its steps and outcome. */
    private record Measured(String name, double seconds, long rows, String cpu, double jitSeconds, List<String> steps,
                            String result, String database, String vendor) {
    }

    /** The run of median time (the upper one of an even count). */
    private static Measured median(List<Measured> runs) {
        List<Measured> sorted = runs.stream().sorted(Comparator.comparingDouble(Measured::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private Measured importOnce(Path file) throws Exception {
        try (BenchDatabase importDb = BenchDatabase.create(db, dir.resolve("db-import"), "import");
             ConfigurableApplicationContext context = ApplicationContexts.start(importDb.url())) {
            ImportService service = context.getBean(ImportService.class);
            DSLContext dsl = context.getBean(DSLContext.class);
            boolean postgres = importDb.vendor() == DatabaseVendor.POSTGRESQL;
            startClean(dsl);
            CpuTime cpu = CpuTime.now(dsl, postgres);
            long jit = JitCompiler.millis();
            long t1 = System.nanoTime();
            FileImportResult result = service.importFiles(MONTH, StandardCharsets.UTF_8,
                    List.of(new InputFiles.InputFile(file, IntakeKind.SETTLEMENTS))).get(0);
            double seconds = seconds(t1);
            return new Measured("fundclear import (job, all checks)", seconds, result.counts().rows(),
                    CpuTime.now(dsl, postgres).since(cpu), (JitCompiler.millis() - jit) / 1000.0, StepTimes.all(dsl),
                    result.outcome() + ", " + result.counts(),
                    importDb.describe(), importDb.vendor().name());
        }
    }

    /**
     * The median of each run's floor ÷ import, in percent: a floor and an import measured side by side share the
     * machine's moment, which the two medians taken apart do not (one set on a noisy machine: 88 % against 73 %).
     * Of an even number of runs, the upper middle one, as the medians above.
     */
    static double medianRatio(List<Double> floorSeconds, List<Double> importSeconds) {
        double[] ratios = new double[floorSeconds.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = 100.0 * floorSeconds.get(i) / importSeconds.get(i);
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private Measured floorOnce(Path file) throws Exception {
        try (BenchDatabase floorDb = BenchDatabase.create(db, dir.resolve("db-floor"), "floor");
             HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(floorDb.url().url());
            ds.setUsername(floorDb.url().user());
            ds.setPassword(floorDb.url().password());
            SchemaMigrator.migrate(ds, floorDb.vendor());
            boolean copy = floorDb.vendor() == DatabaseVendor.POSTGRESQL;
            String name = copy ? "floor: one COPY FROM STDIN (CopyManager)" : "floor: plain JDBC batch insert (" + BATCH + ")";
            DSLContext floorDsl = DSL.using(ds, copy ? SQLDialect.POSTGRES : SQLDialect.H2);
            // the same table as the import's: on PostgreSQL its partition of the month, which the import creates
            floorDsl.transaction(t -> MonthPartitions.ensure(t.dsl(), MONTH.toString()));
            startClean(floorDsl);
            CpuTime cpu = CpuTime.now(floorDsl, copy);
            long jit = JitCompiler.millis();
            long t2 = System.nanoTime();
            long inserted = copy ? JdbcInsertFloor.copySettlements(ds, file) : JdbcInsertFloor.insertSettlements(ds, file, BATCH);
            double seconds = seconds(t2);
            return new Measured(name, seconds, inserted, CpuTime.now(floorDsl, copy).since(cpu),
                    (JitCompiler.millis() - jit) / 1000.0, List.of(), null,
                    floorDb.describe(), floorDb.vendor().name());
        }
    }

    /**
     * A checkpoint before each measured load, so that neither pays for writing out what the one before it left
     * dirty: a default server checkpoints every 1 GB of WAL (max_wal_size), which a few loads of a million settlements
     * reach, and which run met the checkpoint was chance. CHECKPOINT needs a superuser (or pg_checkpoint) on PostgreSQL.
     */
    private static void startClean(DSLContext dsl) {
        dsl.execute("CHECKPOINT");
    }

    /**
     * Runs both measured paths once on the file's first lines: without it the import, measured first in a
     * fresh JVM, paid the JIT compilation of the code it shares with the floor (reading, COPY) as well as its
     * own (about a third of its CPU at 200,000 settlements), and the floor after it found that code compiled.
     */
    private void warmUp(Path file) throws Exception {
        if (warmUp <= 0) {
            return;
        }
        Path sample = freshDirectory(dir.resolve("warm-up")).resolve(file.getFileName());
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Files.write(sample, (Iterable<String>) lines.limit(warmUp + 1L)::iterator, StandardCharsets.UTF_8);
        }
        try (BenchDatabase scratch = BenchDatabase.create(db, dir.resolve("db-warm-up"), "warmup");
             ConfigurableApplicationContext context = ApplicationContexts.start(scratch.url())) {
            context.getBean(ImportService.class).importFiles(MONTH, StandardCharsets.UTF_8,
                    List.of(new InputFiles.InputFile(sample, IntakeKind.SETTLEMENTS)));
            context.getBean(DSLContext.class).truncate(Tables.SETTLEMENT).execute();
            DataSource ds = context.getBean(DataSource.class);
            if (scratch.vendor() == DatabaseVendor.POSTGRESQL) {
                JdbcInsertFloor.copySettlements(ds, sample);
            } else {
                JdbcInsertFloor.insertSettlements(ds, sample, BATCH);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    public static Path freshDirectory(Path path) throws IOException {
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
