package org.fundclear.jobs.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's result as tools read it ({@code --json FILE}): the stages the product ran, the floor they are
 * measured against, total ÷ floor (null without a floor), and the heap's peak. {@code rows} of a stage may be null
 * where it has none.
 */
public record BenchReport(String database, long settlements, List<Stage> stages, Stage floor,
                          Double ratio, @JsonProperty("peak_heap_mb") long peakHeapMb) {

    public record Stage(String name, double seconds, Long rows) {
    }

    /**
     * Collects the stages; {@link #build} adds the ratio of the total (the wall time of the stages: some run side by
     * side, so it is given, not summed) to the floor, and the heap's peak so far in this JVM.
     */
    public static final class Builder {
        private final String database;
        private final long settlements;
        private final List<Stage> stages = new ArrayList<>();

        public Builder(String database, long settlements) {
            this.database = database;
            this.settlements = settlements;
        }

        public Builder stage(String name, double seconds, Long rows) {
            stages.add(new Stage(name, seconds, rows));
            return this;
        }

        public BenchReport build(double totalSeconds, String floorName, double floorSeconds) {
            return new BenchReport(database, settlements, List.copyOf(stages), new Stage(floorName, floorSeconds, null),
                    floorSeconds > 0 ? totalSeconds / floorSeconds : null, heapPeakMb());
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum() >> 20;
    }
}
