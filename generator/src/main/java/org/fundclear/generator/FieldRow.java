package org.fundclear.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A CSV row addressed by column name, for planting defects into otherwise valid rows. */
final class FieldRow {

    private final List<String> header;
    private final String[] fields;

    FieldRow(List<String> header, String[] fields) {
        if (header.size() != fields.length) {
            throw new IllegalArgumentException("header and fields differ in size");
        }
        this.header = header;
        this.fields = fields.clone();
    }

    static FieldRow settlement(Settlement s) {
        return new FieldRow(SpecHeaders.SETTLEMENTS, SpecRows.settlement(s));
    }

    String get(String column) {
        return fields[index(column)];
    }

    FieldRow set(String column, String value) {
        fields[index(column)] = value;
        return this;
    }

    String[] fields() {
        return fields.clone();
    }

    /** The fields with one column left out (a short line). */
    String[] without(String column) {
        List<String> rest = new ArrayList<>(Arrays.asList(fields));
        rest.remove(index(column));
        return rest.toArray(String[]::new);
    }

    /** The fields plus one more at the end (a long line). */
    String[] withExtra(String value) {
        String[] longer = Arrays.copyOf(fields, fields.length + 1);
        longer[fields.length] = value;
        return longer;
    }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }
}
