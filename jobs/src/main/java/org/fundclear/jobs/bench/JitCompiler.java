package org.fundclear.jobs.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The JIT compiler as a benchmark sees it: on two cores a measured run shares the machine with the compiler's threads,
 * and the first run after a warm-up paid for the compilations the warm-up had queued (2.6 s of compiler time during a
 * million settlements' import, by a flight recording).
 */
final class JitCompiler {
    private static final long QUIET_MILLIS_PER_SECOND = 50;

    private JitCompiler() {
    }

    /** The compiler threads' time so far in milliseconds (0 where the JVM does not measure it). */
    static long millis() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean.getTotalCompilationTime() : 0;
    }

    /**
     * Waits until the compiler has spent less than 50 ms in a second, at most {@code max}; returns how long it waited.
     */
    static Duration awaitQuiet(Duration max) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long before = millis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = millis();
            if (now - before < QUIET_MILLIS_PER_SECOND) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
