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
    private final int size;

    public CsvHeader(List<String> names) {
        this.names = names.stream().map(CsvHeader::normalise).toList();
        this.size = names.size();
        for (int i = 0; i < names.size(); i++) {
            // interned: columns are asked for by the jOOQ fields' names, string constants, found by identity
            index.putIfAbsent(normalise(names.get(i)).intern(), i);
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
