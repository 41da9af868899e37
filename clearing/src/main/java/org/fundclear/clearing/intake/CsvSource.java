package org.fundclear.clearing.intake;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The records of an RFC 4180 input file, after its header, each with its physical line (header = 1). No field
 * of any input file holds a line break (the national interface's fields are codes, amounts, dates and names),
 * so a record is one physical line: a quote left open at the end of a line is that line's defect
 * ({@link RawLine#unterminatedQuote()}, rejected with E22), and the next line is read as the next record.
 * Empty lines are skipped; a leading byte-order mark is skipped. Field counts are not enforced here: a line
 * with the wrong count is rejected by {@link LineInterpreter} like any other defect.
 */
public final class CsvSource implements Closeable {
    private final Path file;
    private final BufferedReader in;
    private final CsvHeader header;
    private long lineNumber;

    /** A record: its physical line, its fields, and whether a quote opened on it was never closed. */
    public record RawLine(long line, List<String> fields, boolean unterminatedQuote) {
    }

    public CsvSource(Path file, Charset charset) {
        this.file = file;
        try {
            in = Files.newBufferedReader(file, charset);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            RawLine first = next();
            this.header = new CsvHeader(first == null ? List.of() : first.fields());
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
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (!line.isEmpty()) {
                    CsvLineSplitter.Split split = CsvLineSplitter.split(line, header == null ? 10 : header.size());
                    return new RawLine(lineNumber, split.fields(), split.unterminatedQuote());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
