package org.fundclear.jobs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Where a benchmark's time went on a shared machine: the CPU seconds this JVM used and the CPU seconds
 * the PostgreSQL backends of the benchmark's database used (read from /proc, so only for a server on this
 * machine). On a loaded machine wall times stretch with the load; CPU seconds say how much work each
 * side did, and whether client and server overlapped.
 */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long client;
    private final Map<Integer, Long> server;

    private CpuTime(long client, Map<Integer, Long> server) {
        this.client = client;
        this.server = server;
    }

    /** Now, for this JVM and the backends of {@code dsl}'s database (none on H2 or a remote server). */
    static CpuTime now(DSLContext dsl, boolean postgres) {
        Map<Integer, Long> server = new HashMap<>();
        if (postgres) {
            for (Integer pid : dsl.fetch("select pid from pg_stat_activity where datname = current_database()")
                    .getValues(0, Integer.class)) {
                long ticks = ticks(pid);
                if (ticks >= 0) {
                    server.put(pid, ticks);
                }
            }
        }
        return new CpuTime(processCpuNanos(), server);
    }

    /** "client 3.1 s CPU, server 2.4 s CPU" since {@code start}. */
    String since(CpuTime start) {
        double clientSeconds = (client - start.client) / 1e9;
        if (server.isEmpty()) {
            return String.format("client %.1f s CPU", clientSeconds);
        }
        long ticks = 0;
        for (var e : server.entrySet()) {
            ticks += e.getValue() - start.server.getOrDefault(e.getKey(), 0L);
        }
        return String.format("client %.1f s CPU, server %.1f s CPU", clientSeconds, ticks / TICKS_PER_SECOND);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** utime + stime of a process, in clock ticks; -1 when it cannot be read. */
    private static long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
