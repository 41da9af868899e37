package org.fundclear.jobs.bench;

import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fundclear.audit.AuditResult;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.audit.AuditService;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.SchemaMigrator;
import org.fundclear.sql.TableStatistics;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Issue 12 item 4: a national month (background population only, no planted patterns) imported, cleared and audited
 * in one database, each stage next to its floor measured in the same run on the same rows:
 * <ul>
 *   <li>import of the settlements file — floor: the same file loaded with no checks into a second fresh database
 *       ({@code COPY FROM STDIN} on PostgreSQL, a JDBC batch insert on H2, {@link JdbcInsertFloor});</li>
 *   <li>import of the other files (fees, ledger, reference files) — reported, no floor of its own;</li>
 *   <li>clear — floor: one GROUP BY over the settlements plus one settlements × ledger LEFT JOIN (as bench-clear);</li>
 *   <li>audit — floor: one pass over the month's settlements and fee lines (as bench-audit).</li>
 * </ul>
 * The JSON's {@code floor} is the sum of the three floors, {@code ratio} the three measured stages' sum over it.
 * One JVM, one database: the peak heap covers the whole chain. With {@code --workers N} (PostgreSQL only) the clear
 * and the audit hand their partitions over RabbitMQ to N {@code ./fundclear worker} processes this command starts on
 * the same database and stops afterwards; those stages are then named {@code clear (N workers)} and
 * {@code audit (N workers)}, and the peak heap is the bench process's own.
 */
@Command(name = "bench-national", description = "Import, clear and audit a national-scale month, each stage next to its floor.")
public class BenchNationalCommand implements Callable<Integer> {
    private static final CycleMonth MONTH = CycleMonth.parse("2026-10");
    private static final int BATCH = 5000;

    @Option(names = "--settlements", defaultValue = "1000000", paramLabel = "N")
    int settlements;

    @Option(names = "--dir", defaultValue = "out/bench-national", paramLabel = "DIR",
            description = "Work directory for the generated month (kept for the next run) and H2 databases"
                    + " (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Audit threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure on (the run "
            + "creates and drops its own databases there); default: fresh H2 file databases under --dir")
    String db;

    @Option(names = "--workers", defaultValue = "0", paramLabel = "N", description = "Clear and audit through N worker"
            + " processes over --broker (needs --db; default 0: the partitions run in this process)")
    int workers;

    @Option(names = "--worker-heap", defaultValue = "4g", paramLabel = "SIZE",
            description = "Each worker's maximum heap, as -Xmx takes it (default ${DEFAULT-VALUE})")
    String workerHeap;

    @Option(names = "--broker", defaultValue = "amqp://guest:guest@127.0.0.1:5672", paramLabel = "URL",
            description = "RabbitMQ for --workers (default ${DEFAULT-VALUE})")
    String broker;

    @Mixin
    BenchJsonOption json;

    @Override
    public Integer call() throws Exception {
        if (workers < 0 || workers > 0 && db == null) {
            throw new UsageException("--workers needs --db (the workers share a PostgreSQL database) and is at least 0");
        }
        Path input = dir.resolve("input-" + settlements + "-" + seed);
        Path settlementsFile = input.resolve("settlements-" + MONTH + ".csv");
        if (!Files.exists(input.resolve("catalog.csv"))) {
            System.out.printf("generating %,d settlements (background only, streamed) into %s ...%n", settlements, input);
            long g = System.nanoTime();
            MonthGenerator.generate(new GenerationRequest(MONTH.value(), input, settlements, seed));
            System.out.printf("generated in %.1f s%n", seconds(g));
        }
        long inputBytes = directorySize(input);
        String loadAtStart = MachineLoad.describe();
        List<String> lines = new ArrayList<>();
        BenchReport.Builder report;
        double measured;
        double floors;
        String onWorkers = workers == 0 ? "" : " (" + workers + " worker" + (workers == 1 ? ")" : "s)");
        String clearStage = "clear" + onWorkers;
        try (BenchDatabase database = BenchDatabase.create(db, dir.resolve("db"), "national");
             BenchWorkers pool = BenchWorkers.none();
             ConfigurableApplicationContext context = ApplicationContexts.start(database.url(),
                     workers == 0 ? Map.of() : pool.brokerProperties(broker))) {
            DSLContext dsl = context.getBean(DSLContext.class);
            ImportService imports = context.getBean(ImportService.class);
            List<InputFiles.InputFile> files = InputFiles.expand(List.of(input));

            long t = System.nanoTime();
            List<FileImportResult> loaded = imports.importFiles(MONTH, StandardCharsets.UTF_8,
                    files.stream().filter(f -> f.kind() == IntakeKind.SETTLEMENTS).toList());
            double importSettlements = seconds(t);
            check(loaded);
            long settlementRows = dsl.fetchCount(SETTLEMENT);

            t = System.nanoTime();
            check(imports.importFiles(MONTH, StandardCharsets.UTF_8,
                    files.stream().filter(f -> f.kind() != IntakeKind.SETTLEMENTS).toList()));
            double importOthers = seconds(t);
            long feeRows = dsl.fetchCount(FEE_LINE);
            long ledgerRows = dsl.fetchCount(LEDGER_ENTRY);
            TableStatistics.settle(dsl, SETTLEMENT, LEDGER_ENTRY, FEE_LINE);

            pool.start(workers, database.url().url(), dir.resolve("workers"), workerHeap);
            t = System.nanoTime();
            ClearOutcome cleared = context.getBean(ClearService.class).clear(MONTH, "bench");
            double clear = seconds(t);
            if (cleared.result() != ClearOutcome.Result.CLEARED) {
                throw new IllegalStateException("the clear did not complete: " + cleared.message());
            }
            double clearFloor = time(() -> Floors.clearGroupBy(dsl, MONTH)) + time(() -> Floors.clearLeftJoin(dsl, MONTH));

            t = System.nanoTime();
            AuditResult audit = context.getBean(AuditService.class).audit(MONTH,
                    BenchImportCommand.freshDirectory(dir.resolve("models")),
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, true, "bench");
            double auditSeconds = seconds(t);
            pool.close();
            long auditPeakMb = heapPeakMb();
            t = System.nanoTime();
            long passed = Floors.auditOnePass(dsl, MONTH);
            double auditFloor = seconds(t);
            String disk = diskUsed(dsl, database, dir.resolve("db"));

            double importFloor = importFloor(settlementsFile, dir.resolve("db-floor"));

            measured = importSettlements + clear + auditSeconds;
            floors = importFloor + clearFloor + auditFloor;
            report = new BenchReport.Builder(database.vendor().name(), settlementRows)
                    .stage("import settlements", importSettlements, settlementRows)
                    .stage("floor: import settlements (" + floorName(database.vendor()) + ")", importFloor, settlementRows)
                    .stage("import fees, ledger, reference files", importOthers, feeRows + ledgerRows)
                    .stage(clearStage, clear, settlementRows)
                    .stage("floor: clear (GROUP BY + LEFT JOIN)", clearFloor, settlementRows)
                    .stage("audit" + onWorkers, auditSeconds, settlementRows + feeRows)
                    .stage("floor: audit (one pass over settlements and fee lines)", auditFloor, passed);

            double millions = settlementRows / 1e6;
            lines.add(String.format("national month: %,d settlements, %,d fee lines, %,d ledger rows; %s, %d cores, Java %s",
                    settlementRows, feeRows, ledgerRows, database.describe(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version()));
            lines.add(String.format("  machine load: %s at the start, %s at the end; max heap %,d MB",
                    loadAtStart, MachineLoad.describe(), Runtime.getRuntime().maxMemory() >> 20));
            lines.add(row("import settlements", importSettlements, settlementRows, importFloor, millions));
            lines.add(String.format("  %-40s %8.1f s %,10d rows/s", "import fees, ledger, reference files", importOthers,
                    Math.round((feeRows + ledgerRows) / importOthers)));
            lines.add(row(clearStage, clear, settlementRows, clearFloor, millions));
            lines.add(row("audit" + onWorkers + " (" + audit.findings().size() + " findings)", auditSeconds, settlementRows, auditFloor,
                    millions));
            lines.add(String.format("  %-40s %8.1f s against %.1f s of floors: %.2f ×", "import + clear + audit",
                    measured, floors, measured / floors));
            lines.add(String.format("  peak heap %,d MB (at the audit's end %,d MB); disk: input %,d MB, database %s",
                    heapPeakMb(), auditPeakMb, inputBytes >> 20, disk));
        }
        System.out.println();
        lines.forEach(System.out::println);
        json.write(report.build(measured, "import COPY/batch + clear GROUP BY and LEFT JOIN + audit one pass", floors));
        return ExitCodes.OK;
    }

    private static String row(String name, double seconds, long rows, double floor, double millions) {
        return String.format("  %-40s %8.1f s %,10d rows/s  %6.1f s per million  floor %.1f s  %.2f × the floor",
                name, seconds, Math.round(rows / seconds), seconds / millions, floor, seconds / floor);
    }

    private static void check(List<FileImportResult> results) {
        for (FileImportResult r : results) {
            if (r.outcome() != FileImportResult.Outcome.LOADED) {
                throw new IllegalStateException(r.file() + ": " + r.outcome() + " " + r.message());
            }
        }
    }

    private static String floorName(DatabaseVendor vendor) {
        return vendor == DatabaseVendor.POSTGRESQL ? "one COPY FROM STDIN" : "JDBC batch insert";
    }

    /** The settlements file loaded with no checks into a fresh database of the same kind, dropped afterwards. */
    private double importFloor(Path file, Path h2Dir) throws Exception {
        try (BenchDatabase floorDb = BenchDatabase.create(db, h2Dir, "nfloor");
             HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(floorDb.url().url());
            ds.setUsername(floorDb.url().user());
            ds.setPassword(floorDb.url().password());
            SchemaMigrator.migrate(ds, floorDb.vendor());
            long t = System.nanoTime();
            if (floorDb.vendor() == DatabaseVendor.POSTGRESQL) {
                JdbcInsertFloor.copySettlements(ds, file);
            } else {
                JdbcInsertFloor.insertSettlements(ds, file, BATCH);
            }
            return seconds(t);
        }
    }

    private static String diskUsed(DSLContext dsl, BenchDatabase database, Path h2Dir) throws IOException {
        if (database.vendor() == DatabaseVendor.POSTGRESQL) {
            Long bytes = dsl.fetchValue(DSL.field("pg_database_size(current_database())", Long.class));
            return String.format("%,d MB (pg_database_size)", bytes >> 20);
        }
        return String.format("%,d MB (H2 files)", directorySize(h2Dir) >> 20);
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum() >> 20;
    }

    private static double time(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return seconds(t);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
