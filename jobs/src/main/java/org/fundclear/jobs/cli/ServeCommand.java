package org.fundclear.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.config.ConsoleServer;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./fundclear serve [--port P]}: the web console on the same database as every command, until Ctrl-C. */
@Command(name = "serve", description = "Start the web console (logs go to ./logs/console.log).")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "HTTP port (default 8080)")
    int port;

    @Option(names = "--log", defaultValue = "logs/console.log", paramLabel = "FILE", description = "Log file")
    Path log;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() throws InterruptedException {
        var context = ConsoleServer.start(db.resolve(), port, log);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        System.out.printf("fundclear console: http://localhost:%d/  (log: %s; Ctrl-C stops it)%n",
                ConsoleServer.port(context), log.toAbsolutePath());
        closed.await();
        return ExitCodes.OK;
    }
}
