package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A CSV writer that knows the physical line each record starts on (quoted fields may contain line breaks). */
final class TrackedCsv implements Closeable {

    private final CsvWriter writer;
    private long nextLine = 1;

    TrackedCsv(Path file) throws IOException {
        writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8);
    }

    /** @return the physical line (1-based) on which this record starts */
    long write(String... fields) {
        long start = nextLine;
        writer.writeRecord(fields);
        nextLine += 1 + lineBreaks(fields);
        return start;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** CRLF and LF count once, a lone CR too, as any line-oriented reader would see them. */
    private static long lineBreaks(String[] fields) {
        long breaks = 0;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }
}
