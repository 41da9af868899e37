package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.DATA_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.sql.TableStatistics;
import org.fundclear.sql.jooq.tables.Settlement;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Set-based checks that need the whole file loaded (a reversal may precede its original): reversals
 * must carry the exact negated amounts of their original (else rejected, E18); a reversal whose
 * original is not loaded is kept with a warning (W01). Gaps against the reference data are checked
 * when a month is cleared, against the reference data of that moment. The loaded table's planner statistics are
 * refreshed first ({@link TableStatistics}).
 */
public final class PostLoadChecks {
    private final RejectRepository rejects = new RejectRepository();

    /** Runs the checks for the file and returns the number of warnings recorded. */
    public long run(DSLContext dsl, IntakeKind<?> kind, ImportedFile file) {
        // the checks below, the clear and the audit plan their joins over what was just loaded
        TableStatistics.refresh(dsl, kind.table());
        if (kind != IntakeKind.SETTLEMENTS) {
            return 0;
        }
        rejectUnnegatedReversals(dsl, file);
        return warnReversalWithoutOrigin(dsl, file);
    }

    private void rejectUnnegatedReversals(DSLContext dsl, ImportedFile file) {
        Settlement r = SETTLEMENT.as("r");
        Settlement o = SETTLEMENT.as("o");
        Condition notNegated = DSL.falseCondition();
        for (TableField<SettlementRecord, BigDecimal> amount : SettlementParser.AMOUNTS) {
            notNegated = notNegated.or(r.field(amount).add(o.field(amount)).ne(BigDecimal.ZERO));
        }
        var mismatches = dsl.select(r.fields()).select(o.fields())
                .from(r).join(o).on(o.SETL_ID.eq(r.INIT_SETL_ID))
                .where(r.IMPORT_FILE_ID.eq(file.id()))
                .and(r.REFD_SETL_FLAG.eq(SettlementParser.REVERSAL))
                .and(notNegated)
                .fetch();
        if (mismatches.isEmpty()) {
            return;
        }
        List<ParsedLine.Rejected<?>> rejected = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Record row : mismatches) {
            SettlementRecord reversal = row.into(r).into(SettlementRecord.class);
            SettlementRecord original = row.into(o).into(SettlementRecord.class);
            TableField<SettlementRecord, BigDecimal> field = SettlementParser.AMOUNTS.stream()
                    .filter(a -> reversal.get(a).add(original.get(a)).signum() != 0)
                    .findFirst().orElseThrow();
            rejected.add(new ParsedLine.Rejected<>(reversal.getFileLine(), reversal.getSetlId(), new Rejection(
                    field.getName(), RejectReason.REVERSAL_AMOUNTS, field.getName() + " " + reversal.get(field)
                    + " does not negate " + original.get(field) + " of the original settlement "
                    + original.getSetlId())));
            ids.add(reversal.getSetlId());
        }
        dsl.deleteFrom(SETTLEMENT).where(SETTLEMENT.SETL_ID.in(ids)).execute();
        rejects.insert(dsl, file, rejected);
    }

    private long warnReversalWithoutOrigin(DSLContext dsl, ImportedFile file) {
        Settlement o = SETTLEMENT.as("o");
        return insertWarnings(dsl, file, DataQualityCode.REVERSAL_ORIGIN_UNKNOWN,
                SETTLEMENT.REFD_SETL_FLAG.eq(SettlementParser.REVERSAL)
                        .andNotExists(DSL.selectOne().from(o).where(o.SETL_ID.eq(SETTLEMENT.INIT_SETL_ID))));
    }

    private long insertWarnings(DSLContext dsl, ImportedFile file, DataQualityCode code, Condition condition) {
        return dsl.insertInto(DATA_QUALITY_WARNING, DATA_QUALITY_WARNING.IMPORT_FILE_ID, DATA_QUALITY_WARNING.FILE_LINE,
                        DATA_QUALITY_WARNING.WARNING_CODE, DATA_QUALITY_WARNING.RECORD_KEY, DATA_QUALITY_WARNING.MESSAGE)
                .select(DSL.select(SETTLEMENT.IMPORT_FILE_ID, SETTLEMENT.FILE_LINE, DSL.inline(code.code()),
                                SETTLEMENT.SETL_ID, DSL.inline(code.description()))
                        .from(SETTLEMENT)
                        .where(SETTLEMENT.IMPORT_FILE_ID.eq(file.id()))
                        .and(condition))
                .execute();
    }
}
