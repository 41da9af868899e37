package org.fundclear.jobs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fundclear.jobs.cli.options.BrokerOption;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.ConsoleServer;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.partition.BrokerUrl;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./fundclear worker --broker URL [--db URL] [--port P] [--threads N]}: runs partitions of clears and audits that
 * were started with the same broker and database, until Ctrl-C; health (database and broker) and Prometheus metrics on
 * port P, as {@code serve} exposes them (docs/workers.md).
 */
@Command(name = "worker", description = "Run the clear's and the audit's partitions sent over the broker, until stopped "
        + "(docs/workers.md).")
public class WorkerCommand implements Callable<Integer> {
    @Mixin
    BrokerOption broker;

    @Mixin
    DatabaseOption db;

    @Option(names = "--port", defaultValue = "8081", paramLabel = "P",
            description = "HTTP port of /actuator/health and /actuator/prometheus (default 8081; 0: any free port)")
    int port;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Partitions run at the same time (default 1)")
    int threads;

    @Option(names = "--log", defaultValue = "logs/worker.log", paramLabel = "FILE", description = "Log file")
    Path log;

    @Override
    public Integer call() throws InterruptedException {
        String url = broker.resolve();
        if (url == null) {
            throw new UsageException("a worker needs a broker: --broker amqp://user:pass@host:5672 or FUNDCLEAR_BROKER_URL");
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        Map<String, Object> properties = new LinkedHashMap<>(ConsoleServer.properties(port, log));
        properties.put("fundclear.broker.url", url);
        properties.putAll(broker.properties());
        properties.put("fundclear.worker.enabled", "true");
        properties.put("fundclear.worker.threads", threads);
        properties.put("management.health.rabbit.enabled", "true");
        var context = ApplicationContexts.start(db.resolve(), properties);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String queue = context.getEnvironment().getProperty("fundclear.broker.queue", "fundclear.clear.partitions");
        System.out.printf("fundclear worker: partitions from queue %s at %s (%d at a time); health and metrics at "
                        + "http://localhost:%d/actuator/health and /actuator/prometheus (log: %s; Ctrl-C stops it)%n",
                queue, BrokerUrl.display(url), threads, ConsoleServer.port(context), log.toAbsolutePath());
        closed.await();
        return ExitCodes.OK;
    }
}
