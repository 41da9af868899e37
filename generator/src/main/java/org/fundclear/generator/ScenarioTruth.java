package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** Streams scenario-truth.csv, the answer key for multi-cycle reconciliation and clearing tests. */
final class ScenarioTruth implements Closeable {

    static final List<String> HEADER = List.of("setl_id", "month_file", "planted", "expected_first_matched_cycle");

    private final CsvWriter out;

    ScenarioTruth(Path file) throws IOException {
        out = CsvFiles.open(file, HEADER);
    }

    /**
     * @param monthFile   the month whose files first carry the setl_id
     * @param firstMatch  the cycle in which the setl_id first reconciles as MATCHED, or null if it stays held
     */
    void record(String setlId, YearMonth monthFile, Planted planted, YearMonth firstMatch) {
        out.writeRecord(setlId, monthFile.toString(), planted.name(), Formats.orEmpty(firstMatch));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
