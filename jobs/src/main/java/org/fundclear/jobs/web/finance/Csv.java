package org.fundclear.jobs.web.finance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 lines for the console's CSV downloads. */
final class Csv {
    private Csv() {
    }

    static String row(String... values) {
        return Arrays.stream(values).map(Csv::quote).collect(Collectors.joining(",")) + "\n";
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
