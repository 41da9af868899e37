package org.fundclear.jobs.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned by display width: CJK characters take two terminal columns, so Chinese labels
 * line up with ASCII ones. Columns flagged numeric are right-aligned.
 */
public final class TextTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code header} names the columns; a name ending in {@code '>'} marks a right-aligned column. */
    public TextTable(String... header) {
        this.header = new ArrayList<>();
        this.numeric = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            numeric[i] = header[i].endsWith(">");
            this.header.add(numeric[i] ? header[i].substring(0, header[i].length() - 1) : header[i]);
        }
    }

    public TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    public void print(PrintStream out) {
        print(out, "");
    }

    public void print(PrintStream out, String indent) {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                String pad = " ".repeat(widths[i] - width(row.get(i)));
                line.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + row.get(i) : row.get(i) + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Terminal columns of {@code text}: two for East Asian wide and full-width characters. */
    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    private static int width(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD)
                ? 2 : 1;
    }
}
