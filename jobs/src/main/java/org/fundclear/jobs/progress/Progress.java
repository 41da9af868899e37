package org.fundclear.jobs.progress;

import java.io.PrintStream;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Progress of long steps: on a terminal one line updated in place, otherwise a plain line every
 * few seconds (log files, CI). Counts only: never a record's content (personal data).
 */
@Component
public class Progress {
    private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long TERMINAL_INTERVAL_NANOS = Duration.ofMillis(250).toNanos();

    private final PrintStream out = System.err;
    private final boolean terminal = isTerminal();
    private String label;
    private long count;
    private long startedAt;
    private long lastPrinted;

    public synchronized void start(String label) {
        this.label = label;
        this.count = 0;
        this.startedAt = System.nanoTime();
        this.lastPrinted = startedAt;
    }

    public synchronized void advance(long n) {
        count += n;
        long now = System.nanoTime();
        if (now - lastPrinted >= (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            lastPrinted = now;
            String line = String.format("%s: %,d lines (%,d/s)", label, count, rate(now));
            if (terminal) {
                out.print("\r" + line + "   ");
            } else {
                out.println(line);
            }
        }
    }

    /** Ends the in-place line so the summary starts on a fresh one. */
    public synchronized void finish() {
        if (terminal && lastPrinted != startedAt) {
            out.println();
        }
    }

    /**
     * Since JDK 22 System.console() exists even when output is piped; Console.isTerminal() (22+)
     * tells the truth. Compiled for 21, so it is looked up by name.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private long rate(long now) {
        double seconds = (now - startedAt) / 1e9;
        return seconds <= 0 ? 0 : Math.round(count / seconds);
    }
}
