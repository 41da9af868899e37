package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.DATA_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Totals of what imports produced, for summaries: rejects by reason, warnings by code. */
public final class ImportReport {
    private ImportReport() {
    }

    public static Map<String, Integer> rejectsByReason(DSLContext dsl, Collection<Long> fileIds) {
        return countBy(dsl, IMPORT_REJECT, IMPORT_REJECT.REASON_CODE, IMPORT_REJECT.IMPORT_FILE_ID, fileIds);
    }

    public static Map<String, Integer> warningsByCode(DSLContext dsl, Collection<Long> fileIds) {
        return countBy(dsl, DATA_QUALITY_WARNING, DATA_QUALITY_WARNING.WARNING_CODE,
                DATA_QUALITY_WARNING.IMPORT_FILE_ID, fileIds);
    }

    private static Map<String, Integer> countBy(DSLContext dsl, Table<?> table, Field<String> code,
                                                Field<Long> fileId, Collection<Long> fileIds) {
        return dsl.select(code, DSL.count()).from(table).where(fileId.in(fileIds))
                .groupBy(code).orderBy(code)
                .fetchMap(code, DSL.count());
    }
}
