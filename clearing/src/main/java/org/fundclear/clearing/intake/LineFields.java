package org.fundclear.clearing.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;

/**
 * Typed, validated access to the fields of one data line. Columns are named by the jOOQ field of
 * the table they load into: spec field names and column names are the same, and the column's
 * declared length bounds the text. Every accessor throws {@link LineRejectedException} at the first
 * defect, with the reason code of spec/README.md's catalogue.
 */
public final class LineFields {
    private final CsvHeader header;
    private final List<String> values;
    /** The position after the column read last, where a parser reading in the file's order finds the next one. */
    private int next;

    public LineFields(CsvHeader header, List<String> values) {
        this.header = header;
        this.values = values;
    }

    /** The raw text of a column, null when empty or absent. Surrounding blanks are not data. */
    public String raw(String column) {
        int i = header.indexOf(column, next);
        if (i < 0 || i >= values.size()) {
            return null;
        }
        next = i + 1;
        String v = values.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    public String text(Field<String> column, boolean required) {
        String v = raw(column.getName());
        if (v == null) {
            return requiredOrNull(column, required);
        }
        int max = column.getDataType().length();
        if (max > 0 && v.length() > max) {
            throw reject(column, RejectReason.TOO_LONG, column.getName() + " has " + v.length()
                    + " characters, at most " + max + " allowed");
        }
        return v;
    }

    public String code(Field<String> column, boolean required, CodeTable table) {
        String v = text(column, required);
        if (v != null && !table.accepts(v)) {
            throw reject(column, RejectReason.UNKNOWN_CODE, column.getName() + " '" + v + "' is not one of "
                    + table.describe());
        }
        return v;
    }

    public String region(Field<String> column, boolean required) {
        String v = raw(column.getName());
        if (v == null) {
            return requiredOrNull(column, required);
        }
        if (v.length() != 6 || !allDigits(v, 0, 6)) {
            throw reject(column, RejectReason.REGION_CODE, column.getName() + " '" + v + "' is not a 6-digit region code");
        }
        return v;
    }

    /** Money in yuan with at most 2 decimals; an empty optional amount is 0. */
    public BigDecimal amount(Field<BigDecimal> column, boolean required) {
        return decimal(column, required, 2);
    }

    /** Quantities and unit prices: up to 4 decimals. */
    public BigDecimal quantity(Field<BigDecimal> column, boolean required) {
        return decimal(column, required, 4);
    }

    private BigDecimal decimal(Field<BigDecimal> column, boolean required, int maxScale) {
        String v = raw(column.getName());
        if (v == null) {
            if (required) {
                throw missing(column);
            }
            return maxScale == 2 ? Money.ZERO : null;
        }
        int digits = column.getDataType().precision() - column.getDataType().scale();
        int point = checkDecimalSyntax(column, v, digits);
        int scale = point < 0 ? 0 : v.length() - point - 1;
        if (scale > maxScale) {
            throw reject(column, RejectReason.DECIMALS, column.getName() + " '" + v + "' has " + scale
                    + " decimals, at most " + maxScale + " allowed");
        }
        return exact(v, point, scale, maxScale);
    }

    /**
     * The checked text as a BigDecimal of scale {@code maxScale}, read straight into its unscaled long when it
     * fits (it does for every column: at most 14 integer digits and 4 decimals); twelve amounts a settlement
     * made {@code new BigDecimal(String).setScale} a sixth of the parser's time.
     */
    private static BigDecimal exact(String v, int point, int scale, int maxScale) {
        boolean negative = v.charAt(0) == '-';
        int digits = v.length() - (negative ? 1 : 0) - (point < 0 ? 0 : 1);
        if (digits + maxScale - scale > 18) {
            return new BigDecimal(v).setScale(maxScale);
        }
        long unscaled = 0;
        for (int i = negative ? 1 : 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '.') {
                unscaled = unscaled * 10 + (c - '0');
            }
        }
        for (int i = scale; i < maxScale; i++) {
            unscaled *= 10;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, maxScale);
    }

    /** Accepts {@code -?digits(.digits)?}; returns the position of the point or -1. */
    private int checkDecimalSyntax(Field<?> column, String v, int maxIntegerDigits) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        int point = v.indexOf('.');
        int intEnd = point < 0 ? v.length() : point;
        boolean ok = intEnd > start && allDigits(v, start, intEnd)
                && (point < 0 || (point < v.length() - 1 && allDigits(v, point + 1, v.length())));
        if (!ok) {
            throw reject(column, RejectReason.NUMBER_FORMAT, column.getName() + " '" + v + "' is not a number");
        }
        if (intEnd - start > maxIntegerDigits) {
            throw reject(column, RejectReason.NUMBER_FORMAT, column.getName() + " '" + v + "' is too large");
        }
        return point;
    }

    public Integer wholeNumber(Field<? extends Number> column, boolean required, int maxDigits) {
        String v = raw(column.getName());
        if (v == null) {
            if (required) {
                throw missing(column);
            }
            return null;
        }
        if (!allDigits(v, 0, v.length())) {
            throw reject(column, RejectReason.NUMBER_FORMAT, column.getName() + " '" + v + "' is not a whole number");
        }
        if (v.length() > maxDigits) {
            throw reject(column, RejectReason.NUMBER_FORMAT, column.getName() + " '" + v + "' has more than "
                    + maxDigits + " digits");
        }
        return Integer.valueOf(v);
    }

    /** {@code YYYY-MM-DD}. */
    public LocalDate date(Field<LocalDate> column, boolean required) {
        String v = raw(column.getName());
        if (v == null) {
            if (required) {
                throw missing(column);
            }
            return null;
        }
        if (v.length() != 10 || !isDateShape(v)) {
            throw badDate(column, v, "YYYY-MM-DD");
        }
        try {
            return LocalDate.of(num(v, 0, 4), num(v, 5, 7), num(v, 8, 10));
        } catch (DateTimeException e) {
            throw badDate(column, v, "YYYY-MM-DD");
        }
    }

    /** {@code YYYY-MM-DD HH:MM:SS}, China time. */
    public LocalDateTime time(Field<LocalDateTime> column, boolean required) {
        String v = raw(column.getName());
        if (v == null) {
            if (required) {
                throw missing(column);
            }
            return null;
        }
        boolean shape = v.length() == 19 && isDateShape(v) && v.charAt(10) == ' ' && v.charAt(13) == ':'
                && v.charAt(16) == ':' && allDigits(v, 11, 13) && allDigits(v, 14, 16) && allDigits(v, 17, 19);
        if (!shape) {
            throw badDate(column, v, "YYYY-MM-DD HH:MM:SS");
        }
        try {
            return LocalDateTime.of(num(v, 0, 4), num(v, 5, 7), num(v, 8, 10),
                    num(v, 11, 13), num(v, 14, 16), num(v, 17, 19));
        } catch (DateTimeException e) {
            throw badDate(column, v, "YYYY-MM-DD HH:MM:SS");
        }
    }

    private static boolean isDateShape(String v) {
        return v.charAt(4) == '-' && v.charAt(7) == '-' && allDigits(v, 0, 4) && allDigits(v, 5, 7)
                && allDigits(v, 8, 10);
    }

    private static int num(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }

    private static boolean allDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static <T> T requiredOrNull(Field<?> column, boolean required) {
        if (required) {
            throw missing(column);
        }
        return null;
    }

    private static LineRejectedException missing(Field<?> column) {
        return reject(column, RejectReason.REQUIRED, column.getName() + " is required but empty");
    }

    private static LineRejectedException badDate(Field<?> column, String v, String format) {
        return reject(column, RejectReason.DATE_FORMAT, column.getName() + " '" + v + "' is not a valid " + format);
    }

    public static LineRejectedException reject(Field<?> column, RejectReason reason, String message) {
        return new LineRejectedException(column == null ? null : column.getName(), reason, message);
    }
}
