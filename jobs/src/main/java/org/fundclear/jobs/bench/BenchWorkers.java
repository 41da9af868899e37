package org.fundclear.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.fundclear.jobs.config.UsageException;

/**
 * {@code ./fundclear worker} processes for one benchmark run: started from the same jar and Java as this process on
 * the bench's database and a queue of the run's own (so a stray worker of another run cannot take its partitions),
 * stopped on close. Their output and logs stay under the bench's directory.
 */
final class BenchWorkers implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String queue = "fundclear.bench." + UUID.randomUUID().toString().substring(0, 8);
    private final List<Process> processes = new ArrayList<>();
    private String brokerUrl;

    private BenchWorkers() {
    }

    static BenchWorkers none() {
        return new BenchWorkers();
    }

    /** The manager's properties: this run's broker and queue. */
    Map<String, Object> brokerProperties(String url) {
        brokerUrl = url;
        return Map.of("fundclear.broker.url", url, "fundclear.broker.queue", queue);
    }

    /** Starts {@code count} workers on {@code dbUrl} and returns once each consumes from the queue. */
    /** {@code heap}: each worker's -Xmx (it runs audit stages: the person detectors hold the month's persons). */
    void start(int count, String dbUrl, Path dir, String heap) throws IOException, InterruptedException {
        if (count == 0) {
            return;
        }
        String jar = System.getProperty("java.class.path");
        if (jar == null || !jar.endsWith(".jar") || jar.contains(java.io.File.pathSeparator)) {
            throw new UsageException("--workers starts the workers from fundclear.jar: run the bench as ./fundclear "
                    + "bench-national or java -jar fundclear.jar bench-national");
        }
        Files.createDirectories(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int i = 1; i <= count; i++) {
            processes.add(new ProcessBuilder(java, "-XX:+UseParallelGC", "-Xmx" + heap, "-jar", jar, "worker", "--db", dbUrl, "--broker", brokerUrl,
                    "--queue", queue, "--port", "0", "--log", dir.resolve("worker-" + i + ".log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("worker-" + i + ".out").toFile()).start());
        }
        for (int i = 1; i <= count; i++) {
            awaitConsuming(processes.get(i - 1), dir.resolve("worker-" + i + ".out"));
        }
    }

    /** The worker prints its "fundclear worker: partitions from queue ..." line once it consumes. */
    private static void awaitConsuming(Process process, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            if (text.contains("fundclear worker: partitions from queue")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("a bench worker ended before it consumed (" + out + "): " + text);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("a bench worker did not start within " + START_TIMEOUT + ": see " + out);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        processes.clear();
    }
}
