package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;

import java.util.List;
import org.fundclear.sql.jooq.tables.records.ImportRejectRecord;
import org.fundclear.sql.BatchInsert;
import org.jooq.DSLContext;

/** Rejected lines, one row per physical record (line 0 stands for a whole file). */
public final class RejectRepository {
    private static final int MESSAGE_MAX = 1000;
    private static final int KEY_MAX = 100;

    public void insert(DSLContext dsl, ImportedFile file, List<? extends ParsedLine.Rejected<?>> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<ImportRejectRecord> rows = lines.stream().map(l -> new ImportRejectRecord(
                file.id(), l.line(), file.fileName(), file.cycle().toString(), clip(l.key(), KEY_MAX),
                l.rejection().field(), l.rejection().reason().code(), clip(l.rejection().message(), MESSAGE_MAX)))
                .toList();
        BatchInsert.insert(dsl, IMPORT_REJECT, rows);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
