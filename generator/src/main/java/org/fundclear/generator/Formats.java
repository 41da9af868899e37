package org.fundclear.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Text forms of the spec: amounts in yuan from fen, 4-decimal quantities, dates and times. Hand-rolled for speed. */
final class Formats {

    /** Scale of quantities and unit prices: 1 unit = 1/10000. */
    static final long SCALE4 = 10_000L;

    private Formats() {
    }

    /** Fen as yuan with exactly two decimals, e.g. -1234 → "-12.34". */
    static String money(long fen) {
        StringBuilder sb = new StringBuilder(16);
        if (fen < 0) {
            sb.append('-');
        }
        long abs = Math.abs(fen);
        sb.append(abs / 100).append('.');
        appendPadded(sb, abs % 100, 2);
        return sb.toString();
    }

    /** A value in 1/10000 units with trailing zeros dropped, but at least {@code minDecimals} decimals. */
    static String scaled4(long units, int minDecimals) {
        StringBuilder sb = new StringBuilder(20);
        if (units < 0) {
            sb.append('-');
        }
        long abs = Math.abs(units);
        sb.append(abs / SCALE4);
        long fraction = abs % SCALE4;
        int decimals = 4;
        while (decimals > minDecimals && fraction % 10 == 0) {
            fraction /= 10;
            decimals--;
        }
        if (decimals > 0) {
            sb.append('.');
            appendPadded(sb, fraction, decimals);
        }
        return sb.toString();
    }

    static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(10);
        appendDate(sb, date);
        return sb.toString();
    }

    static String dateTime(LocalDateTime time) {
        StringBuilder sb = new StringBuilder(19);
        appendDate(sb, time.toLocalDate());
        sb.append(' ');
        appendPadded(sb, time.getHour(), 2);
        sb.append(':');
        appendPadded(sb, time.getMinute(), 2);
        sb.append(':');
        appendPadded(sb, time.getSecond(), 2);
        return sb.toString();
    }

    static String zeroPad(long value, int width) {
        StringBuilder sb = new StringBuilder(width);
        appendPadded(sb, value, width);
        return sb.toString();
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void appendDate(StringBuilder sb, LocalDate date) {
        appendPadded(sb, date.getYear(), 4);
        sb.append('-');
        appendPadded(sb, date.getMonthValue(), 2);
        sb.append('-');
        appendPadded(sb, date.getDayOfMonth(), 2);
    }

    private static void appendPadded(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
