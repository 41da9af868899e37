package org.fundclear.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load next to a figure: benchmarks on a shared machine are only comparable with
 * their floors measured in the same run, and the load says how noisy that run was.
 */
public final class MachineLoad {
    private MachineLoad() {
    }

    /** "load average 1.20 / 1.05 / 0.98 (1, 5, 15 min) on 2 cores", or "unknown" where /proc is absent. */
    public static String describe() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + avg[0] + " / " + avg[1] + " / " + avg[2] + " (1, 5, 15 min) on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException | RuntimeException e) {
            return "load unknown";
        }
    }
}
