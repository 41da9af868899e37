package org.fundclear.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Consecutive months whose later months resolve or extend the earlier months' open items.
 *
 * @param firstMonth          the first cycle month
 * @param months              how many consecutive months, at least 1
 * @param outDir              gets one {@code YYYY-MM} directory per month and {@code scenario-truth.csv}
 * @param settlementsPerMonth normal settlement rows each month generates of its own (carry-over rows come on top)
 * @param seed                same request → byte-identical files
 */
public record ScenarioRequest(YearMonth firstMonth, int months, Path outDir, int settlementsPerMonth, long seed) {

    public ScenarioRequest {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(outDir, "outDir");
        if (months < 1) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
        monthRequest(firstMonth, outDir, settlementsPerMonth, seed); // validates month and size the same way
    }

    /** Month {@code k} (0-based) as a plain month request: same seed and size, so its own rows are the same. */
    GenerationRequest month(int k) {
        return monthRequest(firstMonth.plusMonths(k), outDir, settlementsPerMonth, seed);
    }

    private static GenerationRequest monthRequest(YearMonth month, Path outDir, int settlements, long seed) {
        return new GenerationRequest(month, outDir.resolve(month.toString()), settlements, seed);
    }
}
