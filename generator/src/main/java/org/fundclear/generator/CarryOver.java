package org.fundclear.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one month leaves for the next: the late rows that resolve its missing items and the settlements to reverse
 * a month later. Held in memory, but only a few percent of a month's rows.
 */
final class CarryOver {

    /** Nothing to carry, so its random stream is never drawn from. */
    static final CarryOver NONE = new CarryOver(List.of(), List.of(), List.of(), 0, 0, 0, new SplittableRandom(0));

    private record Reversal(Settlement original, LocalDateTime time) {
    }

    private final List<LedgerRow> lateLedgerRows;
    private final List<Settlement> lateSettlements;
    private final List<Settlement> toReverse;
    private final long heldMissingInLedger;
    private final long heldMissingInSettlements;
    private final long heldAmountMismatches;
    private final SplittableRandom rng;

    /**
     * @param lateLedgerRows  exact ledger rows of settlements the ledger missed
     * @param lateSettlements the settlements behind ledger-only rows, reported late
     * @param toReverse       matched normal settlements to reverse in the next month
     */
    CarryOver(List<LedgerRow> lateLedgerRows, List<Settlement> lateSettlements, List<Settlement> toReverse,
              long heldMissingInLedger, long heldMissingInSettlements, long heldAmountMismatches,
              SplittableRandom rng) {
        this.lateLedgerRows = List.copyOf(lateLedgerRows);
        this.lateSettlements = List.copyOf(lateSettlements);
        this.toReverse = List.copyOf(toReverse);
        this.heldMissingInLedger = heldMissingInLedger;
        this.heldMissingInSettlements = heldMissingInSettlements;
        this.heldAmountMismatches = heldAmountMismatches;
        this.rng = rng;
    }

    /**
     * Appends the carried rows to {@code month}'s files: late rows keep their earlier setl_time and setl_id; each
     * reversal gets a new id of {@code month} and is written on both sides, so it matches in this cycle.
     */
    CarryOverCounts appendTo(MonthFiles out, SettlementFactory factory, YearMonth month, ScenarioTruth truth) {
        lateLedgerRows.forEach(out::ledger);
        lateSettlements.forEach(out::settlement);
        List<Reversal> reversals = schedule(month);
        for (Reversal r : reversals) {
            Settlement reversal = factory.reverse(r.original(), r.time());
            out.settlement(reversal);
            out.ledger(LedgerRow.of(reversal));
            truth.record(reversal.setlId(), month, Planted.CROSS_MONTH_REVERSAL, month);
        }
        return new CarryOverCounts(lateLedgerRows.size(), lateSettlements.size(), reversals.size(),
                heldMissingInLedger, heldMissingInSettlements, heldAmountMismatches);
    }

    /** A time in {@code month} for each reversal, in time order; a person who died first gets no refund. */
    private List<Reversal> schedule(YearMonth month) {
        List<Reversal> reversals = new ArrayList<>();
        for (Settlement original : toReverse) {
            LocalDate day = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
            LocalDateTime time = day.atTime(TimeOfDay.draw(original.medType(), rng));
            if (original.person().aliveOn(day)) {
                reversals.add(new Reversal(original, time));
            }
        }
        reversals.sort(Comparator.comparing(Reversal::time)); // stable: equal times keep the original order
        return reversals;
    }
}
