package org.fundclear.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import bench's second figure: each run's floor ÷ import, then their median, not a ratio of two medians. */
class RunRatioTest {

    @Test
    void theMedianOfTheRunsRatiosPairsEachFloorWithItsImport() {
        // the runs of a noisy set: the two medians (8.8 s, 10.0 s) would say 88 %
        List<Double> floors = List.of(8.8, 8.9, 7.2);
        List<Double> imports = List.of(14.5, 10.0, 9.9);

        assertThat(BenchImportCommand.medianRatio(floors, imports)).isCloseTo(72.7, offset(0.1));
        assertThat(BenchImportCommand.medianRatio(List.of(7.0, 8.0), List.of(10.0, 10.0))).as("upper middle of two")
                .isEqualTo(80.0);
    }
}
