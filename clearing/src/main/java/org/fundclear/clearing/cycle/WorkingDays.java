package org.fundclear.clearing.cycle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Deadlines counted in working days: weekends and configured holidays do not count. */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static LocalDate after(LocalDate start, int workingDays, Set<LocalDate> holidays) {
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
