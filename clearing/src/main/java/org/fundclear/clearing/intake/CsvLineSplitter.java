package org.fundclear.clearing.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one physical line into its RFC 4180 fields (comma separator, {@code "} quoting, {@code ""} for a quote
 * inside a quoted field). No input field may hold a line break, so a quote still open at the end of the line is
 * a defect of that line alone, not the start of a field running into the next lines. A quote inside an unquoted
 * field is kept as text.
 */
final class CsvLineSplitter {
    /** The fields of a line; {@code unterminatedQuote} when a quoted field was still open at its end. */
    record Split(List<String> fields, boolean unterminatedQuote) {
    }

    private CsvLineSplitter() {
    }

    static Split split(String line) {
        return split(line, 10);
    }

    /**
     * Fields are cut out of the line with substring, without copying them character by character into a builder
     * (that copy was a quarter of the import's reading); only a quoted field with an escaped quote is built.
     */
    static Split split(String line, int expectedFields) {
        List<String> fields = new ArrayList<>(Math.max(1, expectedFields));
        int n = line.length();
        int i = 0;
        while (true) {
            String field;
            if (i < n && line.charAt(i) == '"') {
                StringBuilder unescaped = null;
                int segment = i + 1;
                int j = segment;
                boolean closed = false;
                while (j < n) {
                    if (line.charAt(j) != '"') {
                        j++;
                    } else if (j + 1 < n && line.charAt(j + 1) == '"') {
                        unescaped = (unescaped == null ? new StringBuilder() : unescaped).append(line, segment, j + 1);
                        j += 2;
                        segment = j;
                    } else {
                        closed = true;
                        break;
                    }
                }
                field = unescaped == null ? line.substring(segment, j) : unescaped.append(line, segment, j).toString();
                if (!closed) {
                    fields.add(field);
                    return new Split(fields, true);
                }
                i = j + 1;
            } else {
                field = "";
            }
            int comma = line.indexOf(',', i);
            int end = comma < 0 ? n : comma;
            if (end > i) { // text after a closing quote, or an unquoted field
                field = field.isEmpty() ? line.substring(i, end) : field + line.substring(i, end);
            }
            fields.add(field);
            if (comma < 0) {
                return new Split(fields, false);
            }
            i = comma + 1;
        }
    }
}
