package org.fundclear.jobs.progress;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.stereotype.Component;

/**
 * Progress of long steps: on a terminal a bar with rate and ETA (me.tongfei:progressbar), otherwise a plain line
 * every few seconds (log files, CI, pipes). Counts only: never a record's content (personal data).
 */
@Component
public class Progress {
    private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out = System.err;
    private final boolean terminal = isTerminal();
    private ProgressBar bar;
    private String label;
    private long total;
    private long count;
    private long startedAt;
    private long lastPrinted;

    /** {@code total}: the expected count, or a negative number when it is not known (no ETA then). */
    public synchronized void start(String label, long total) {
        finish();
        this.label = label;
        this.total = total;
        this.count = 0;
        this.startedAt = System.nanoTime();
        this.lastPrinted = startedAt;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total).setUnit(" lines", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250).build();
        }
    }

    public synchronized void advance(long n) {
        count += n;
        if (bar != null) {
            bar.stepBy(n);
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrinted >= PLAIN_INTERVAL_NANOS) {
            lastPrinted = now;
            out.println(plainLine(now));
        }
    }

    /** Ends the bar so the summary starts on a fresh line. */
    public synchronized void finish() {
        if (bar != null) {
            if (total > 0) {
                bar.stepTo(Math.max(count, total));
            }
            bar.close();
            bar = null;
        }
    }

    private String plainLine(long now) {
        double seconds = (now - startedAt) / 1e9;
        long rate = seconds <= 0 ? 0 : Math.round(count / seconds);
        if (total <= 0 || rate == 0) {
            return String.format("%s: %,d lines (%,d/s)", label, count, rate);
        }
        long eta = Math.max(0, (total - count) / rate);
        return String.format("%s: %,d of %,d lines (%d %%, %,d/s, about %d s left)", label, count, total,
                Math.min(100, 100 * count / total), rate, eta);
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
}
