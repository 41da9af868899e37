package org.fundclear.reports.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;

/**
 * A report's period: a calendar year ({@code YYYY}) or one month ({@code YYYY-MM}) of clearing cycles. The
 * previous period is the year before, or the same month a year earlier.
 */
public record ReportPeriod(String label, YearMonth first, int months) {

    public static ReportPeriod year(int year) {
        return new ReportPeriod(String.valueOf(year), YearMonth.of(year, 1), 12);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.toString(), month, 1);
    }

    public boolean isYear() {
        return months == 12;
    }

    public ReportPeriod previous() {
        return isYear() ? year(first.getYear() - 1) : month(first.minusYears(1));
    }

    /** The clearing cycles of the period, in order. */
    public List<CycleMonth> cycles() {
        List<CycleMonth> cycles = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            cycles.add(new CycleMonth(first.plusMonths(i)));
        }
        return cycles;
    }

    @Override
    public String toString() {
        return label;
    }
}
