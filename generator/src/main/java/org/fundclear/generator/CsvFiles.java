package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Opens spec CSV files: UTF-8 without BOM, RFC 4180 (CRLF, quotes only where needed), header first. */
final class CsvFiles {

    private CsvFiles() {
    }

    static CsvWriter open(Path file, List<String> header) throws IOException {
        CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8);
        writer.writeRecord(header);
        return writer;
    }
}
