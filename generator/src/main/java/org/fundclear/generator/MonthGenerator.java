package org.fundclear.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one month of sample input files. Rows are streamed: only reversals due in the next days and a bit
 * set of the persons used are held, so millions of settlements fit in a small heap.
 */
public final class MonthGenerator {

    static final double REVERSAL_RATE = 0.02;
    static final double LATE_RATE = 0.01;

    private MonthGenerator() {
    }

    public static GenerationResult generate(GenerationRequest request) throws IOException {
        YearMonth month = request.month();
        Path dir = Files.createDirectories(request.outDir());
        // The population and institutions depend on the seed only (shared by all months); the month's events
        // also on the month. Each concern gets its own stream so, e.g., new discrepancy rates leave the
        // calendar and reversal choices alone.
        SplittableRandom root =
                new SplittableRandom(Seeds.mix(request.seed(), month.getYear() * 12L + month.getMonthValue()));
        SplittableRandom settlementRng = root.split();
        SplittableRandom calendarRng = root.split();
        SplittableRandom reversalRng = root.split();
        SplittableRandom discrepancyRng = root.split();

        PersonPool persons = PersonPool.forSettlements(request.seed(), request.settlements());
        PersonSampler sampler = new PersonSampler(persons, settlementRng.split());
        InstitutionPool institutions = new InstitutionPool();
        SettlementFactory factory =
                new SettlementFactory(new IdSequence("S", month), sampler, institutions, settlementRng);
        MonthCalendar calendar = new MonthCalendar(month, request.settlements());
        ReversalScheduler reversals = new ReversalScheduler(REVERSAL_RATE, calendar.lastSecond(), reversalRng);
        DiscrepancyPlanter planter = new DiscrepancyPlanter(request.discrepancies(), discrepancyRng);

        List<Path> files = new ArrayList<>();
        long late = 0;
        MonthFiles out = new MonthFiles(dir, month);
        try (out) {
            for (int i = 0; i < request.settlements(); i++) {
                LocalDate day = calendar.dayOf(i);
                reversals.releaseBefore(day,
                        (original, time) -> emit(factory.reverse(original, time), out, planter));
                boolean isLate = calendarRng.nextDouble() < LATE_RATE;
                Settlement settlement = factory.create(isLate ? calendar.randomDayOfPreviousMonth(calendarRng) : day);
                late += isLate ? 1 : 0;
                emit(settlement, out, planter);
                reversals.consider(settlement, day);
                if (planter.extraLedgerRowDue()) {
                    out.ledger(LedgerRow.of(factory.create(day)));
                }
            }
            reversals.releaseAll((original, time) -> emit(factory.reverse(original, time), out, planter));
        }
        files.addAll(out.paths());

        BitSet used = sampler.used();
        files.addAll(ReferenceFiles.writeAll(dir, month, request.seed(), persons, used, institutions));

        return new GenerationResult(files, out.normalRows(), out.reversalRows(), late, out.ledgerRows(),
                out.feeLines(), used.cardinality(), planter.counts());
    }

    private static void emit(Settlement settlement, MonthFiles out, DiscrepancyPlanter planter) {
        out.settlement(settlement);
        planter.ledgerFor(settlement).ifPresent(out::ledger);
    }
}
