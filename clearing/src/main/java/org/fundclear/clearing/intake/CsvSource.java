package org.fundclear.clearing.intake;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The records of an RFC 4180 input file (FastCSV), after its header, each with the physical line on
 * which it starts (header = 1). A leading byte-order mark is skipped. Field counts are not enforced
 * here: a line with the wrong count is rejected by {@link LineInterpreter} like any other defect.
 */
public final class CsvSource implements Closeable {
    private final Path file;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final CsvHeader header;

    /** A record: its starting physical line and its fields. */
    public record RawLine(long line, List<String> fields) {
    }

    public CsvSource(Path file, Charset charset) {
        this.file = file;
        try {
            BufferedReader in = Files.newBufferedReader(file, charset);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            this.reader = CsvReader.builder()
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .skipEmptyLines(true)
                    .ofCsvRecord(in);
            this.records = reader.iterator();
            this.header = new CsvHeader(records.hasNext() ? records.next().getFields() : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public CsvHeader header() {
        return header;
    }

    /** The next record, or null at the end of the file. */
    public RawLine next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            return new RawLine(r.getStartingLineNumber(), r.getFields());
        } catch (CsvParseException e) {
            throw new MalformedCsvException(file, e);
        }
    }

    /** Skips records already loaded by an earlier, interrupted run. */
    public void skip(long count) {
        for (long i = 0; i < count && next() != null; i++) {
            // records before the restart point were committed by the earlier run
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
