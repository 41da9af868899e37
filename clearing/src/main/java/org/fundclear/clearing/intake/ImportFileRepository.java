package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.IMPORT_REPEAT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.ImportFileRecord;
import org.jooq.DSLContext;

/** The register of imported files: identity (checksum, month, encoding), status and line counts. */
public final class ImportFileRepository {
    private final Clock clock;

    public ImportFileRepository(Clock clock) {
        this.clock = clock;
    }

    public Optional<ImportFileRecord> find(DSLContext dsl, String checksum, CycleMonth cycle, String encoding) {
        return dsl.selectFrom(IMPORT_FILE)
                .where(IMPORT_FILE.CHECKSUM.eq(checksum))
                .and(IMPORT_FILE.CYCLE_MONTH.eq(cycle.toString()))
                .and(IMPORT_FILE.ENCODING.eq(encoding))
                .fetchOptional();
    }

    public ImportFileRecord get(DSLContext dsl, long id) {
        return dsl.fetchSingle(IMPORT_FILE, IMPORT_FILE.ID.eq(id));
    }

    public List<ImportFileRecord> forCycle(DSLContext dsl, CycleMonth cycle) {
        return dsl.selectFrom(IMPORT_FILE).where(IMPORT_FILE.CYCLE_MONTH.eq(cycle.toString()))
                .orderBy(IMPORT_FILE.ID).fetch();
    }

    /** Registers a file, or returns the registration of an interrupted earlier run of the same file. */
    public ImportedFile register(DSLContext dsl, String fileName, IntakeKind<?> kind, String checksum,
                                 String encoding, CycleMonth cycle, Long jobExecutionId) {
        ImportFileRecord row = find(dsl, checksum, cycle, encoding).orElse(null);
        if (row == null) {
            row = dsl.newRecord(IMPORT_FILE);
            row.setId(dsl.nextval(Sequences.IMPORT_FILE_SEQ));
            row.setFileName(fileName);
            row.setFileKind(kind.name());
            row.setChecksum(checksum);
            row.setEncoding(encoding);
            row.setCycleMonth(cycle.toString());
            row.setStatus(ImportStatus.LOADING.name());
            row.setRowCount(0L);
            row.setLoadedCount(0L);
            row.setRejectedCount(0L);
            row.setRepeatCount(0L);
            row.setStartedAt(LocalDateTime.now(clock));
        }
        row.setJobExecutionId(jobExecutionId);
        row.store();
        return new ImportedFile(row.getId(), row.getFileName(), cycle);
    }

    /** Refuses a whole file: one reject at line 0, nothing loaded. */
    public void rejectWholeFile(DSLContext dsl, ImportedFile file, RejectReason reason, String message) {
        new RejectRepository().insert(dsl, file, List.of(new ParsedLine.Rejected<>(0, null,
                new Rejection(null, reason, message))));
        dsl.update(IMPORT_FILE)
                .set(IMPORT_FILE.STATUS, ImportStatus.REJECTED.name())
                .set(IMPORT_FILE.FINISHED_AT, LocalDateTime.now(clock))
                .where(IMPORT_FILE.ID.eq(file.id()))
                .execute();
    }

    /**
     * Closes the import with what its lines became: {@code loaded} rows, as the chunks that stored them counted them
     * (in the transactions that stored them; on PostgreSQL the server's count of each COPY), less those the checks
     * after the load rejected; the rejects and repeats from their rows. Counting the loaded rows again would scan the
     * month's partition (0.4 s a million settlements on PostgreSQL).
     */
    public ImportCounts finish(DSLContext dsl, ImportedFile file, long loaded) {
        long rejected = dsl.fetchCount(IMPORT_REJECT, IMPORT_REJECT.IMPORT_FILE_ID.eq(file.id()));
        long repeats = dsl.fetchCount(IMPORT_REPEAT, IMPORT_REPEAT.IMPORT_FILE_ID.eq(file.id()));
        ImportCounts counts = ImportCounts.of(loaded, rejected, repeats);
        dsl.update(IMPORT_FILE)
                .set(IMPORT_FILE.STATUS, ImportStatus.LOADED.name())
                .set(IMPORT_FILE.ROW_COUNT, counts.rows())
                .set(IMPORT_FILE.LOADED_COUNT, counts.loaded())
                .set(IMPORT_FILE.REJECTED_COUNT, counts.rejected())
                .set(IMPORT_FILE.REPEAT_COUNT, counts.repeats())
                .set(IMPORT_FILE.FINISHED_AT, LocalDateTime.now(clock))
                .where(IMPORT_FILE.ID.eq(file.id()))
                .execute();
        return counts;
    }
}
