package org.fundclear.audit.evaluation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads audit-truth.csv as written by the generator's pattern planter. */
public final class TruthFile {
    private TruthFile() {
    }

    public static List<TruthEntry> read(Path file) {
        List<TruthEntry> entries = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : reader) {
                entries.add(new TruthEntry(r.getField("subject_type"), r.getField("subject_id"), r.getField("label"),
                        r.getField("pattern"), r.getField("backing")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return entries;
    }
}
