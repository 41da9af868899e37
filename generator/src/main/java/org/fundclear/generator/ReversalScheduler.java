package org.fundclear.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Decides which settlements are reversed later in the month and holds them until the stream reaches the
 * reversal's day, so a reversal always follows its original in the file and in time. Only reversals due within
 * the next days are held, never the month.
 */
final class ReversalScheduler {

    private static final long MIN_DELAY_SECONDS = 600;

    private record Pending(LocalDateTime time, long order, Settlement original) {
    }

    private final double rate;
    private final LocalDateTime monthEnd;
    private final SplittableRandom rng;
    private final PriorityQueue<Pending> pending =
            new PriorityQueue<>(Comparator.comparing(Pending::time).thenComparingLong(Pending::order));
    private long scheduled;

    ReversalScheduler(double rate, LocalDateTime monthEnd, SplittableRandom rng) {
        this.rate = rate;
        this.monthEnd = monthEnd;
        this.rng = rng;
    }

    /**
     * @param streamDay the day the stream is at; a late original (previous month) is reversed from then on
     */
    void consider(Settlement original, LocalDate streamDay) {
        if (rng.nextDouble() >= rate) {
            return;
        }
        LocalDateTime base = original.setlTime().isAfter(streamDay.atStartOfDay())
                ? original.setlTime() : streamDay.atStartOfDay();
        // Most refunds happen within hours (wrong item, patient left); the rest within a week.
        long delay = rng.nextInt(100) < 60
                ? MIN_DELAY_SECONDS + rng.nextLong(3 * 3600)
                : 86_400 + rng.nextLong(6 * 86_400);
        LocalDateTime time = base.plusSeconds(delay);
        if (time.isAfter(monthEnd)) {
            LocalDateTime earliest = base.plusSeconds(MIN_DELAY_SECONDS);
            if (earliest.isAfter(monthEnd)) {
                return;
            }
            long room = Duration.between(earliest, monthEnd).getSeconds();
            time = earliest.plusSeconds(rng.nextLong(room + 1));
        }
        pending.add(new Pending(time, scheduled++, original));
    }

    /** Hands over, in time order, every reversal dated before {@code day}. */
    void releaseBefore(LocalDate day, BiConsumer<Settlement, LocalDateTime> emit) {
        while (!pending.isEmpty() && pending.peek().time().toLocalDate().isBefore(day)) {
            Pending next = pending.poll();
            emit.accept(next.original(), next.time());
        }
    }

    void releaseAll(BiConsumer<Settlement, LocalDateTime> emit) {
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            emit.accept(next.original(), next.time());
        }
    }
}
