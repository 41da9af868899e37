package org.fundclear.reports.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens an output CSV of spec/README.md: RFC 4180, UTF-8 without BOM, CRLF line ends. */
final class CsvOutput {
    private CsvOutput() {
    }

    static CsvWriter open(Path file, List<String> header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                    .build(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            writer.writeRecord(header);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void close(CsvWriter writer, Path file) {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Yuan with exactly two decimals; empty for null. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
