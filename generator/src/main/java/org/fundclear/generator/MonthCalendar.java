package org.fundclear.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** Spreads the month's settlements over its days, fewer at weekends, so the stream runs in date order. */
final class MonthCalendar {

    private final YearMonth month;
    /** firstIndex[d] = index of the first settlement on day d + 1; the last entry is the total. */
    private final long[] firstIndex;

    MonthCalendar(YearMonth month, int settlements) {
        this.month = month;
        int days = month.lengthOfMonth();
        int[] cumulative = new int[days + 1];
        for (int d = 0; d < days; d++) {
            cumulative[d + 1] = cumulative[d] + weight(month.atDay(d + 1).getDayOfWeek());
        }
        firstIndex = new long[days + 1];
        for (int d = 0; d <= days; d++) {
            firstIndex[d] = (long) settlements * cumulative[d] / cumulative[days];
        }
    }

    LocalDate dayOf(int index) {
        int day = 0;
        while (firstIndex[day + 1] <= index) {
            day++;
        }
        return month.atDay(day + 1);
    }

    LocalDate randomDayOfPreviousMonth(SplittableRandom rng) {
        YearMonth previous = month.minusMonths(1);
        return previous.atDay(1 + rng.nextInt(previous.lengthOfMonth()));
    }

    LocalDateTime lastSecond() {
        return month.atEndOfMonth().atTime(LocalTime.of(23, 59, 59));
    }

    private static int weight(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> 8;
            case SUNDAY -> 6;
            default -> 10;
        };
    }
}
