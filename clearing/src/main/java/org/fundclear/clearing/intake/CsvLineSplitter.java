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
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    fields.add(field.toString());
                    return new Split(fields, true);
                }
            }
            while (i < n && line.charAt(i) != ',') { // text after a closing quote, or an unquoted field
                field.append(line.charAt(i++));
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return new Split(fields, false);
            }
            i++; // the comma
        }
    }
}
