package org.fundclear.clearing.model;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A clearing cycle's month, written {@code YYYY-MM} everywhere (files, tables, job parameters). */
public record CycleMonth(YearMonth value) implements Comparable<CycleMonth> {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
    /**
     * The text of each month met so far: every line an import parses names its month twice, and building the text
     * anew each time cost 2 % of the import's CPU (and two strings per line held until the chunk is loaded).
     */
    private static final Map<YearMonth, String> TEXTS = new ConcurrentHashMap<>();

    public static CycleMonth parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("month must be YYYY-MM, e.g. 2026-10 (got '" + text + "')");
        }
        try {
            return new CycleMonth(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be YYYY-MM, e.g. 2026-10 (got '" + text + "')", e);
        }
    }

    public static CycleMonth of(LocalDateTime time) {
        return new CycleMonth(YearMonth.from(time));
    }

    public CycleMonth previous() {
        return new CycleMonth(value.minusMonths(1));
    }

    public CycleMonth next() {
        return new CycleMonth(value.plusMonths(1));
    }

    public boolean isAfter(CycleMonth other) {
        return value.isAfter(other.value);
    }

    public boolean isBefore(CycleMonth other) {
        return value.isBefore(other.value);
    }

    @Override
    public int compareTo(CycleMonth other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return TEXTS.computeIfAbsent(value, YearMonth::toString);
    }
}
