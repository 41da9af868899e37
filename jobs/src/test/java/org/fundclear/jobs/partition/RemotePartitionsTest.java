package org.fundclear.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.FundclearApplication;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.jobs.users.UserService;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clear partitioned over RabbitMQ to real worker processes ({@code fundclear worker}, separate JVMs) on
 * PostgreSQL: the results equal a single-process clear of the same months to the fen, also when a worker is killed
 * (kill -9) inside a partition, whose request the broker then hands to the other worker. The workers' health shows
 * the database and the broker. Needs a RabbitMQ at FUNDCLEAR_TEST_BROKER_URL (default amqp://guest:guest@127.0.0.1:5672);
 * skipped without one unless FUNDCLEAR_TEST_BROKER=required. Each run uses its own queue and deletes it.
 */
class RemotePartitionsTest {
    static final String BROKER = System.getenv().getOrDefault("FUNDCLEAR_TEST_BROKER_URL",
            "amqp://guest:guest@127.0.0.1:5672");
    private static final YearMonth FIRST = YearMonth.of(2026, 9);
    private static final List<CycleMonth> MONTHS = List.of(new CycleMonth(FIRST), new CycleMonth(FIRST.plusMonths(1)));
    private static final Pattern HOLDING = Pattern.compile("holding (linesPartition:\\S+) open");
    private static final String MONITOR_PASSWORD = "pw-monitor-0123456789";
    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/actuator/health");

    @Test
    void workersClearAsOneProcessDoesAndAKilledWorkersPartitionIsRedone(@TempDir Path dir) throws Exception {
        assumeBroker();
        ScenarioGenerator.generate(new ScenarioRequest(FIRST, 2, dir.resolve("in"), 1500, 11));
        String queue = "fundclear.test." + UUID.randomUUID();
        List<Process> workers = new ArrayList<>();
        try (TestDatabase single = TestDatabase.postgres(); TestDatabase remote = TestDatabase.postgres()) {
            Map<CycleMonth, Snapshot> expected = new TreeMap<>();
            try (var context = TestApplication.start(single)) {
                importMonths(context, dir);
                for (CycleMonth month : MONTHS) {
                    assertThat(clear(context, month).result()).isEqualTo(ClearOutcome.Result.CLEARED);
                    expected.put(month, Snapshot.of(single.dsl(), month));
                }
            }
            assertThat(expected.get(MONTHS.get(0)).lines()).as("a month with lines").isNotEmpty();

            try (var manager = TestApplication.start(remote, Map.of("fundclear.broker.url", BROKER,
                    "fundclear.broker.queue", queue, "fundclear.broker.poll-ms", 200))) {
                importMonths(manager, dir);

                // (b) worker a holds a lines partition open (work done, not committed) and is killed with -9
                Process a = startWorker(remote, dir, queue, "a", "-Dfundclear.clear.pause-step=lines",
                        "-Dfundclear.clear.pause-ms=600000");
                Process b = startWorker(remote, dir, queue, "b");
                workers.addAll(List.of(a, b));
                int portB = waitUntilRunning(b, dir.resolve("worker-b.out"));
                waitUntilRunning(a, dir.resolve("worker-a.out"));
                CycleMonth first = MONTHS.get(0);
                CompletableFuture<ClearOutcome> clearing = CompletableFuture.supplyAsync(() -> clear(manager, first));
                String killed = waitForHolding(a, dir.resolve("worker-a.out"), HOLDING, clearing);
                a.destroyForcibly().waitFor(); // SIGKILL: its request was never acknowledged
                ClearOutcome outcome = clearing.get(5, TimeUnit.MINUTES);
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
                assertThat(Snapshot.of(remote.dsl(), first)).as("after a worker was killed").isEqualTo(expected.get(first));
                assertThat(partitionStatus(remote.dsl(), killed)).as(killed).isEqualTo("COMPLETED");
                assertThat(Files.readString(dir.resolve("worker-b.log"))).as("redone by worker b").contains(killed + " ");
                assertThat(partitions(remote.dsl())).as("one partition per province and step, none left running")
                        .allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo("COMPLETED"))
                        .hasSizeGreaterThan(6);

                // (a) two healthy workers clear the next month exactly as one process did
                Process c = startWorker(remote, dir, queue, "c");
                workers.add(c);
                int portC = waitUntilRunning(c, dir.resolve("worker-c.out"));
                CycleMonth second = MONTHS.get(1);
                outcome = clear(manager, second);
                assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
                assertThat(Snapshot.of(remote.dsl(), second)).isEqualTo(expected.get(second));
                for (String w : List.of("b", "c")) {
                    assertThat(Files.readString(dir.resolve("worker-" + w + ".log"))).as("worker " + w + " took part")
                            .contains("Partition:p");
                }

                // observability: health with the database and the broker; metrics behind the console's login
                assertThat(manager.getBean(UserService.class).add("monitor", Set.of(Role.AUDITOR),
                        org.fundclear.clearing.access.RegionScope.ALL, false, MONITOR_PASSWORD, "t")).isTrue();
                for (int port : List.of(portB, portC)) {
                    HttpResponse<String> health = get(port, "/actuator/health", null);
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(health.body()).contains("\"db\"", "\"rabbit\"").doesNotContain("DOWN");
                    assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
                    HttpResponse<String> metrics = get(port, "/actuator/prometheus", "monitor:" + MONITOR_PASSWORD);
                    assertThat(metrics.statusCode()).isEqualTo(200);
                    assertThat(metrics.body()).contains("fundclear_partition_rows_total{step=\"linesPartition\"}",
                            "fundclear_partition_duration_seconds_count{status=\"COMPLETED\",step=\"linesPartition\"}");
                }
            }
        } finally {
            for (Process p : workers) {
                p.destroyForcibly().waitFor();
            }
            deleteQueue(queue);
        }
    }

    /** Every column of the month's results but stamps and surrogate ids, row by row. */
    record Snapshot(List<String> lines, List<String> held, List<String> positions, List<String> movements,
                    List<String> deductions) {
        static Snapshot of(DSLContext dsl, CycleMonth month) {
            String m = month.toString();
            return new Snapshot(rows(dsl, CLEARING_LINE, CLEARING_LINE.CYCLE_MONTH.eq(m)),
                    rows(dsl, RECONCILIATION, RECONCILIATION.CYCLE_MONTH.eq(m)),
                    rows(dsl, ADVANCE_FUND_POSITION, ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(m)),
                    rows(dsl, ADVANCE_FUND_MOVEMENT, ADVANCE_FUND_MOVEMENT.CYCLE_MONTH.eq(m)),
                    rows(dsl, CLEARING_ADJUSTMENT, CLEARING_ADJUSTMENT.POSTED_CYCLE.eq(m)));
        }

        private static List<String> rows(DSLContext dsl, Table<?> table, org.jooq.Condition condition) {
            List<String> rows = new ArrayList<>();
            for (Record r : dsl.selectFrom(table).where(condition).fetch()) {
                StringBuilder row = new StringBuilder();
                for (Field<?> f : r.fields()) {
                    String name = f.getName().toLowerCase();
                    if (name.endsWith("_at") || name.endsWith("_by") || name.equals("id")) {
                        continue;
                    }
                    Object v = r.get(f);
                    row.append(name).append('=')
                            .append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v)
                            .append(';');
                }
                rows.add(row.toString());
            }
            rows.sort(null);
            return rows;
        }
    }

    private static void importMonths(org.springframework.context.ApplicationContext context, Path dir) throws IOException {
        for (CycleMonth month : MONTHS) {
            context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                    InputFiles.expand(List.of(dir.resolve("in").resolve(month.toString()))));
        }
    }

    private static ClearOutcome clear(org.springframework.context.ApplicationContext context, CycleMonth month) {
        return context.getBean(ClearService.class).clear(month, "t");
    }

    /** A {@code fundclear worker} JVM on the test's class path, with {@code properties} ({@code -Dname=value}). */
    static Process startWorker(TestDatabase db, Path dir, String queue, String name, String... properties)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // the sql test jar's logback-test.xml would win over --log on the test class path
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlogging.config=classpath:console-log-test.xml"));
        command.addAll(List.of(properties));
        command.addAll(List.of(FundclearApplication.class.getName(), "worker", "--db", db.url() + "?user=postgres",
                "--broker", BROKER, "--queue", queue, "--port", "0", "--log", dir.resolve("worker-" + name + ".log").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker-" + name + ".out").toFile()).start();
    }

    /** The worker's health port, once it consumes. */
    static int waitUntilRunning(Process process, Path out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            assertThat(process.isAlive()).as("worker ended early: " + text).isTrue();
            Matcher m = PORT.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("worker never started: " + Files.readString(out));
    }

    /** The partition worker a holds open; fails if the job ended without worker a ever holding one. */
    static String waitForHolding(Process process, Path out, Pattern holding, CompletableFuture<?> job)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(out);
            assertThat(process.isAlive()).as("worker a ended early: " + text).isTrue();
            Matcher m = holding.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
            assertThat(job.isDone()).as("the job ended before worker a held a partition: " + job.getNow(null))
                    .isFalse();
            Thread.sleep(100);
        }
        throw new AssertionError("worker a never held a partition: " + Files.readString(out));
    }

    static String partitionStatus(DSLContext dsl, String stepName) {
        return dsl.select(DSL.field("status", String.class)).from(DSL.table("batch_step_execution"))
                .where(DSL.field("step_name").eq(stepName)).fetchOne(0, String.class);
    }

    private static Map<String, String> partitions(DSLContext dsl) {
        Map<String, String> statuses = new TreeMap<>();
        dsl.select(DSL.field("step_name", String.class), DSL.field("status", String.class))
                .from(DSL.table("batch_step_execution")).where(DSL.field("step_name", String.class).like("%:%"))
                .forEach(r -> statuses.put(r.value1(), r.value2()));
        return statuses;
    }

    private static HttpResponse<String> get(int port, String path, String basic) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basic != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assumeBroker() {
        URI uri = URI.create(BROKER);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5672), 2000);
        } catch (IOException e) {
            if ("required".equalsIgnoreCase(System.getenv("FUNDCLEAR_TEST_BROKER"))) {
                throw new IllegalStateException("RabbitMQ is required (FUNDCLEAR_TEST_BROKER=required) but " + BROKER
                        + " does not answer: " + e.getMessage());
            }
            Assumptions.abort("no RabbitMQ at " + BROKER + ": " + e.getMessage());
        }
    }

    static void deleteQueue(String queue) {
        try {
            var factory = new com.rabbitmq.client.ConnectionFactory();
            factory.setUri(BROKER);
            try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
                channel.queueDelete(queue);
            }
        } catch (Exception e) {
            // the broker is gone or the queue was never declared: nothing to clean
        }
    }
}
