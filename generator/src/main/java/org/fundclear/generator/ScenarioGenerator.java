package org.fundclear.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates consecutive months for multi-cycle reconciliation and clearing. Each month's own rows are exactly
 * what {@link MonthGenerator} writes for it; from the second month on, the files also carry, after those rows,
 * late ledger rows and late settlements resolving most of the previous month's missing items, and reversals of
 * about 1 % of its matched settlements. The rest of the previous month's open items stay held.
 * {@code scenario-truth.csv} lists every planted fact with the cycle in which it should first match.
 */
public final class ScenarioGenerator {

    static final String TRUTH_FILE = "scenario-truth.csv";
    private static final long SALT = 0x5363656E6172696FL;

    private ScenarioGenerator() {
    }

    public static ScenarioResult generate(ScenarioRequest request) throws IOException {
        Path truthFile = Files.createDirectories(request.outDir()).resolve(TRUTH_FILE);
        PersonHistory history = new PersonHistory();
        List<ScenarioMonth> months = new ArrayList<>();
        CarryOver incoming = CarryOver.NONE;
        try (ScenarioTruth truth = new ScenarioTruth(truthFile)) {
            for (int k = 0; k < request.months(); k++) {
                GenerationRequest monthRequest = request.month(k);
                YearMonth month = monthRequest.month();
                // Its own stream, apart from the month's, so the month's own rows stay those of a plain month.
                CarryOverTracker tracker = new CarryOverTracker(month, k == request.months() - 1, incoming,
                        Seeds.random(request.seed() ^ SALT, month.getYear() * 12L + month.getMonthValue()), truth);
                GenerationResult generated = MonthGenerator.generate(monthRequest, tracker, history);
                months.add(new ScenarioMonth(month, generated, tracker.carriedIn()));
                incoming = tracker.outgoing();
            }
        }
        return new ScenarioResult(months, truthFile);
    }
}
