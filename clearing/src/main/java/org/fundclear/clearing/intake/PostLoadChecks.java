package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.DATA_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.jooq.tables.Settlement;
import org.fundclear.sql.jooq.tables.records.DataQualityWarningRecord;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Set-based checks that need the whole file loaded (a reversal may precede its original): reversals
 * must carry the exact negated amounts of their original (else rejected, E18); a reversal whose
 * original is not loaded is kept with a warning (W01). Gaps against the reference data are checked
 * when a month is cleared, against the reference data of that moment. The loaded table's planner statistics are the
 * caller's to refresh ({@link org.fundclear.sql.TableStatistics#refreshMonth}), on a connection of its own: on
 * PostgreSQL its ANALYZE and these checks take a core each.
 */
public final class PostLoadChecks {
    private final RejectRepository rejects = new RejectRepository();

    /** What the checks did: loaded rows they rejected (and deleted), warnings they recorded. */
    public record Checked(long rejected, long warnings) {
    }

    /** Runs the checks for the file. */
    public Checked run(DSLContext dsl, IntakeKind<?> kind, ImportedFile file) {
        if (kind != IntakeKind.SETTLEMENTS) {
            return new Checked(0, 0);
        }
        return checkReversals(dsl, file);
    }

    /**
     * The file's reversals (all in its month) that have no original or do not negate it, each with its original. Where
     * settlements are partitioned by month, the originals are looked up only in the months whose key range encloses
     * one ({@link MonthPartitions#monthsThatMayHold}): an original may be in any earlier month, and probing every
     * month's partition for every reversal would grow the check with the years of history.
     */
    static Select<Record> defects(DSLContext dsl, ImportedFile file, Settlement r, Settlement o) {
        Condition reversals = r.CYCLE_MONTH.eq(file.cycle().toString()).and(r.IMPORT_FILE_ID.eq(file.id()))
                .and(r.REFD_SETL_FLAG.eq(SettlementParser.REVERSAL));
        Condition originalsMonths = DSL.trueCondition();
        if (MonthPartitions.isPartitioned(dsl, SETTLEMENT)) {
            String[] originals = dsl.selectDistinct(r.INIT_SETL_ID).from(r).where(reversals)
                    .and(r.INIT_SETL_ID.isNotNull()).fetchArray(r.INIT_SETL_ID);
            originalsMonths = MonthPartitions.monthsThatMayHold(dsl, SETTLEMENT, originals)
                    .map(o.CYCLE_MONTH::in).orElse(DSL.trueCondition());
        }
        Condition notNegated = DSL.falseCondition();
        for (TableField<SettlementRecord, BigDecimal> amount : SettlementParser.AMOUNTS) {
            notNegated = notNegated.or(r.field(amount).add(o.field(amount)).ne(BigDecimal.ZERO));
        }
        return dsl.select(r.fields()).select(o.fields())
                .from(r).leftJoin(o).on(o.SETL_ID.eq(r.INIT_SETL_ID)).and(originalsMonths)
                .where(reversals)
                .and(o.SETL_ID.isNull().or(notNegated));
    }

    /**
     * One pass over the file's reversals and their originals, fetching only the defective ones: a reversal
     * whose original is loaded but not negated is rejected; one whose original is not loaded is kept with W01.
     */
    private Checked checkReversals(DSLContext dsl, ImportedFile file) {
        Settlement r = SETTLEMENT.as("r");
        Settlement o = SETTLEMENT.as("o");
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // the OR of twelve sums misleads the estimate (98 M rows for 19,835 reversals), and compiling the plan
            // (JIT) took longer than the probes it would speed up
            dsl.execute("SET LOCAL jit = off");
        }
        var defects = defects(dsl, file, r, o).fetch();
        List<ParsedLine.Rejected<?>> rejected = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<DataQualityWarningRecord> warnings = new ArrayList<>();
        DataQualityCode unknownOrigin = DataQualityCode.REVERSAL_ORIGIN_UNKNOWN;
        for (Record row : defects) {
            SettlementRecord reversal = row.into(r).into(SettlementRecord.class);
            if (row.get(o.SETL_ID) == null) {
                warnings.add(new DataQualityWarningRecord(file.id(), reversal.getFileLine(), unknownOrigin.code(),
                        reversal.getSetlId(), unknownOrigin.description()));
                continue;
            }
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
        if (!ids.isEmpty()) {
            dsl.deleteFrom(SETTLEMENT).where(SETTLEMENT.SETL_ID.in(ids)).execute();
            rejects.insert(dsl, file, rejected);
        }
        BatchInsert.insert(dsl, DATA_QUALITY_WARNING, warnings);
        return new Checked(ids.size(), warnings.size());
    }
}
