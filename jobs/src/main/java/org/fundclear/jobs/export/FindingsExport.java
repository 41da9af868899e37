package org.fundclear.jobs.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/**
 * findings-YYYY-MM.csv (spec). Until the audit engine stores findings, the file carries the header
 * only, so every export has the full set of files.
 */
public final class FindingsExport {
    private FindingsExport() {
    }

    public static Path write(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("findings-" + month + ".csv");
        try {
            Files.createDirectories(dir);
            try (CsvWriter out = CsvWriter.builder().build(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.writeRecord("finding_id", "subject_type", "subject_id", "rule_id", "certainty", "score", "vola_amt",
                        "setl_ids", "explanation");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
