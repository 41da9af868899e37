package org.fundclear.generator;

import java.time.YearMonth;

/**
 * Settlement ids: prefix + yyyyMM of the month generated + 10-digit sequence (e.g. S2026100000000001), so
 * different months and the defect corpus (prefix D) never collide. A late record keeps the id of the month
 * that uploaded it, not of its setl_time.
 */
final class IdSequence {

    private final String stem;
    private long next = 1;

    IdSequence(String prefix, YearMonth month) {
        this.stem = prefix + month.getYear() + Formats.zeroPad(month.getMonthValue(), 2);
    }

    String next() {
        return stem + Formats.zeroPad(next++, 10);
    }

    /** One visit per settlement; a reversal reuses the visit id of its original. */
    static String visitIdOf(String setlId) {
        return "V" + setlId;
    }
}
