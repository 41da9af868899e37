package org.fundclear.clearing.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of an input file: columns are found by name, in any order (spec: common rules). */
public final class CsvHeader {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names;
    /** Each position's name, interned, where it is the name's first column (a later duplicate is never found). */
    private final String[] firstNames;
    private final int size;

    public CsvHeader(List<String> names) {
        this.names = names.stream().map(CsvHeader::normalise).toList();
        this.size = names.size();
        this.firstNames = new String[size];
        for (int i = 0; i < names.size(); i++) {
            // interned: columns are asked for by the jOOQ fields' names, string constants, found by identity
            String name = normalise(names.get(i)).intern();
            if (index.putIfAbsent(name, i) == null) {
                firstNames[i] = name;
            }
        }
    }

    private static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.startsWith("\uFEFF") ? n.substring(1) : n;
    }

    public int size() {
        return size;
    }

    /** The name of the column at {@code position} (0-based), null beyond the last. */
    public String name(int position) {
        return position < size ? names.get(position) : null;
    }

    /** Column position, or -1 when the file has no such column. */
    public int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    /**
     * {@link #indexOf(String)}, answered by one comparison when the column is the one at {@code expected}: the
     * parsers ask for a line's columns in the spec's order, which files mostly keep, and a map lookup per field was
     * 0.4 s of a million settlements' import.
     */
    public int indexOf(String column, int expected) {
        return expected >= 0 && expected < size && firstNames[expected] == column ? expected : indexOf(column);
    }

    public List<String> missing(List<String> requiredColumns) {
        List<String> missing = new ArrayList<>();
        for (String column : requiredColumns) {
            if (indexOf(column) < 0) {
                missing.add(column);
            }
        }
        return missing;
    }
}
