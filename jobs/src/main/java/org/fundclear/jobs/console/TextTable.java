package org.fundclear.jobs.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A table for the terminal: columns padded to their widest cell (a CJK character takes two columns). */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... header) {
        rows.add(header);
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    public void print(PrintStream out) {
        int columns = rows.getFirst().length;
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - width(r[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 && Character.isIdeographic(c) || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1)
                .sum();
    }
}
