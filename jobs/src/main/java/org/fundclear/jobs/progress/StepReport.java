package org.fundclear.jobs.progress;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/** One line per finished step with its duration: set-based steps have no finer progress to show. */
@Component
public class StepReport {
    private final PrintStream out = System.err;
    private long startedAt;

    public synchronized void start(String step) {
        startedAt = System.nanoTime();
        out.printf("  %s ...%n", step);
    }

    public synchronized void done(String what, Object result) {
        out.printf("  %s: %s (%.1f s)%n", what, result, (System.nanoTime() - startedAt) / 1e9);
    }
}
