package org.fundclear.generator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads CSV files back with FastCSV, tolerating rows of the wrong length (the corpus has some on purpose). */
final class TestCsv {

    /** @param line physical line the record starts on (header = 1) */
    record Row(long line, List<String> fields, List<String> header) {

        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    record Table(List<String> header, List<Row> rows) {

        Map<String, Row> byKey(String column) {
            Map<String, Row> map = new HashMap<>();
            for (Row row : rows) {
                map.put(row.get(column), row);
            }
            return map;
        }
    }

    private TestCsv() {
    }

    static Table read(Path file) {
        return read(file, StandardCharsets.UTF_8, false);
    }

    static Table read(Path file, Charset charset, boolean bom) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(bom).ofCsvRecord(file, charset)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = List.copyOf(record.getFields());
                } else {
                    rows.add(new Row(record.getStartingLineNumber(), List.copyOf(record.getFields()), header));
                }
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
