package org.fundclear.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
        return generate(request, MonthExtension.NONE, new PersonHistory());
    }

    /**
     * @param extension watches the month's own rows and appends rows after them
     * @param history   persons used by earlier months of the same run; this month's are added
     */
    static GenerationResult generate(GenerationRequest request, MonthExtension extension, PersonHistory history)
            throws IOException {
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

        Background background = request.background();
        PersonPool persons = PersonPool.forSettlements(request.seed(), request.settlements(), background);
        PersonSampler sampler = new PersonSampler(persons, settlementRng.split(), background);
        InstitutionPool institutions = new InstitutionPool();
        SettlementFactory factory = new SettlementFactory(new IdSequence("S", month), sampler, institutions, month,
                settlementRng, background);
        MonthCalendar calendar = new MonthCalendar(month, request.settlements());
        ReversalScheduler reversals = new ReversalScheduler(REVERSAL_RATE, calendar.lastSecond(), reversalRng);
        DiscrepancyPlanter planter = new DiscrepancyPlanter(request.discrepancies(), discrepancyRng);

        List<Path> files = new ArrayList<>();
        MonthFiles out = new MonthFiles(dir, month);
        try (out) {
            for (int i = 0; i < request.settlements(); i++) {
                LocalDate day = calendar.dayOf(i);
                reversals.releaseBefore(day,
                        (original, time) -> emit(factory.reverse(original, time), out, planter, extension));
                boolean isLate = calendarRng.nextDouble() < LATE_RATE;
                Settlement settlement = factory.create(isLate ? calendar.randomDayOfPreviousMonth(calendarRng) : day);
                emit(settlement, out, planter, extension);
                reversals.consider(settlement, day);
                if (planter.extraLedgerRowDue()) {
                    Settlement unreported = factory.create(day);
                    out.ledger(LedgerRow.of(unreported));
                    extension.ledgerOnlyWritten(unreported);
                }
            }
            reversals.releaseAll(
                    (original, time) -> emit(factory.reverse(original, time), out, planter, extension));
            extension.appendTo(out, factory);
        }
        files.addAll(out.paths());

        history.add(month, sampler.used());
        files.addAll(ReferenceFiles.writeAll(dir, request.seed(), persons, history, institutions));

        return new GenerationResult(files, out.normalRows(), out.reversalRows(), out.lateRows(), out.ledgerRows(),
                out.feeLines(), history.everyone().cardinality(), planter.counts());
    }

    private static void emit(Settlement settlement, MonthFiles out, DiscrepancyPlanter planter,
                             MonthExtension extension) {
        out.settlement(settlement);
        LedgerEntry ledger = planter.ledgerFor(settlement);
        ledger.row().ifPresent(out::ledger);
        extension.settlementWritten(settlement, ledger.outcome());
    }
}
