package org.fundclear.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param month         the cycle month; settlements fall in it, except late records (previous month)
 * @param outDir        created if missing; existing files of the same names are overwritten
 * @param settlements   number of normal settlement rows; reversals come on top (about 2 %)
 * @param seed          same request → byte-identical files
 * @param discrepancies how often the ledger disagrees with the settlements
 * @param background    how the ordinary population behaves
 */
public record GenerationRequest(YearMonth month, Path outDir, int settlements, long seed,
                                DiscrepancyRates discrepancies, Background background) {

    public static final int DEFAULT_SETTLEMENTS = 2000;
    public static final long DEFAULT_SEED = 42;
    /** Filings and ages are anchored before this month (the national platform era starts later anyway). */
    public static final YearMonth EARLIEST_MONTH = YearMonth.of(2021, 1);

    public GenerationRequest {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(discrepancies, "discrepancies");
        Objects.requireNonNull(background, "background");
        if (month.isBefore(EARLIEST_MONTH)) {
            throw new IllegalArgumentException("month must not be before " + EARLIEST_MONTH + ": " + month);
        }
        if (settlements < 1) {
            throw new IllegalArgumentException("settlements must be positive: " + settlements);
        }
    }

    public GenerationRequest(YearMonth month, Path outDir, int settlements, long seed,
                             DiscrepancyRates discrepancies) {
        this(month, outDir, settlements, seed, discrepancies, Background.DEFAULT);
    }

    public GenerationRequest(YearMonth month, Path outDir, int settlements, long seed) {
        this(month, outDir, settlements, seed, DiscrepancyRates.DEFAULTS);
    }

    public GenerationRequest(YearMonth month, Path outDir, int settlements, long seed, Background background) {
        this(month, outDir, settlements, seed, DiscrepancyRates.DEFAULTS, background);
    }

    /** 2,000 settlements, seed 42, default discrepancy rates. */
    public static GenerationRequest of(YearMonth month, Path outDir) {
        return new GenerationRequest(month, outDir, DEFAULT_SETTLEMENTS, DEFAULT_SEED);
    }
}
