package org.fundclear.audit.finding;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.AuditFindingRecord;
import org.jooq.DSLContext;

/**
 * Writes findings-YYYY-MM.csv (spec/README.md): one row per stored finding of the month, in the cases' priority
 * order; RFC 4180 quoting by FastCSV. Subject ids are insurance numbers and institution codes, never names.
 */
public final class FindingsCsv {
    public static final List<String> HEADER = List.of("finding_id", "subject_type", "subject_id", "rule_id",
            "certainty", "score", "vola_amt", "setl_ids", "explanation");

    private FindingsCsv() {
    }

    public static Path write(DSLContext dsl, CycleMonth month, Path dir) {
        Path file = dir.resolve("findings-" + month + ".csv");
        try {
            Files.createDirectories(dir);
            try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
                csv.writeRecord(HEADER);
                for (AuditFindingRecord f : dsl.select(AUDIT_FINDING.fields()).from(AUDIT_FINDING)
                        .leftJoin(AUDIT_CASE).on(AUDIT_CASE.CYCLE_MONTH.eq(AUDIT_FINDING.CYCLE_MONTH)
                                .and(AUDIT_CASE.SUBJECT_TYPE.eq(AUDIT_FINDING.SUBJECT_TYPE))
                                .and(AUDIT_CASE.SUBJECT_ID.eq(AUDIT_FINDING.SUBJECT_ID)))
                        .where(AUDIT_FINDING.CYCLE_MONTH.eq(month.toString()))
                        .orderBy(AUDIT_CASE.PRIORITY.desc().nullsLast(), AUDIT_FINDING.SUBJECT_ID,
                                AUDIT_FINDING.SCORE.desc(), AUDIT_FINDING.ID)
                        .fetchInto(AUDIT_FINDING)) {
                    csv.writeRecord(f.getId().toString(), f.getSubjectType(), f.getSubjectId(), f.getRuleId(),
                            f.getCertainty(), f.getScore().toPlainString(), f.getVolaAmt().toPlainString(),
                            f.getSetlIds(), f.getExplanation());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }
}
