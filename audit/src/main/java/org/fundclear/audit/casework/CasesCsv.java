package org.fundclear.audit.casework;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/** Writes cases-YYYY-MM.csv (spec/README.md): every case of the month in the queue's default order. */
public final class CasesCsv {
    public static final List<String> HEADER = List.of("case_id", "rank", "subject_type", "subject_id", "priority",
            "certainty", "vola_amt", "rule_ids", "status", "stage_due", "assignee");

    private CasesCsv() {
    }

    public static Path write(DSLContext dsl, CycleMonth month, Path dir, LocalDate today) {
        Path file = dir.resolve("cases-" + month + ".csv");
        try {
            Files.createDirectories(dir);
            try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
                csv.writeRecord(HEADER);
                CaseQueue.forEach(dsl, month.toString(), today, c -> csv.writeRecord(String.valueOf(c.id()),
                        String.valueOf(c.rank()), c.subjectType().name(), c.subjectId(), c.priority().toPlainString(),
                        c.certainty().name(), c.volaAmt().toPlainString(), String.join(";", c.ruleIds()),
                        c.status().name(), c.stageDue() == null ? "" : c.stageDue().toString(),
                        c.assignee() == null ? "" : c.assignee()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }
}
