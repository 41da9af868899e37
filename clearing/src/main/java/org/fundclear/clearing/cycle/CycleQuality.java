package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CYCLE_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.REGION;

import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.clearing.model.DataQualityCode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Data-quality warnings for the settlements a cycle clears (MATCHED in it): gaps against the
 * reference data as it is now, and fields the two sides disagree on besides the amounts. A reference
 * table that is empty is not checked (every row would warn). Run on demand (./fundclear quality):
 * on a million settlements it costs more than the clearing itself.
 */
public final class CycleQuality {

    public Map<DataQualityCode, Integer> run(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous) {
        String m = month.toString();
        dsl.deleteFrom(CYCLE_QUALITY_WARNING).where(CYCLE_QUALITY_WARNING.CYCLE_MONTH.eq(m)).execute();
        Map<DataQualityCode, Integer> counts = new EnumMap<>(DataQualityCode.class);
        var s = MatchedSettlements.S;
        var l = MatchedSettlements.L;
        var r1 = REGION.as("r1");
        var r2 = REGION.as("r2");
        counts.put(DataQualityCode.PERSON_UNKNOWN, unknown(dsl, month, previous, DataQualityCode.PERSON_UNKNOWN, PERSON,
                s.PSN_NO, DSL.notExists(DSL.selectOne().from(PERSON).where(PERSON.PSN_NO.eq(s.PSN_NO)))));
        counts.put(DataQualityCode.INSTITUTION_UNKNOWN, unknown(dsl, month, previous, DataQualityCode.INSTITUTION_UNKNOWN, INSTITUTION,
                s.FIXMEDINS_CODE, DSL.notExists(DSL.selectOne().from(INSTITUTION)
                        .where(INSTITUTION.FIXMEDINS_CODE.eq(s.FIXMEDINS_CODE)))));
        counts.put(DataQualityCode.REGION_UNKNOWN, unknown(dsl, month, previous, DataQualityCode.REGION_UNKNOWN, REGION,
                s.INSU_ADMDVS.concat(DSL.inline(" / ")).concat(s.MDTRTAREA_ADMDVS),
                DSL.notExists(DSL.selectOne().from(r1).where(r1.ADMDVS.eq(s.INSU_ADMDVS)))
                        .or(DSL.notExists(DSL.selectOne().from(r2).where(r2.ADMDVS.eq(s.MDTRTAREA_ADMDVS))))));
        counts.put(DataQualityCode.PERSON_DIFFERS, insert(dsl, month, previous, DataQualityCode.PERSON_DIFFERS,
                DSL.inline("settlement ").concat(s.PSN_NO).concat(DSL.inline(", ledger ")).concat(l.PSN_NO),
                l.PSN_NO.ne(s.PSN_NO)));
        counts.put(DataQualityCode.REGIONS_DIFFER, insert(dsl, month, previous, DataQualityCode.REGIONS_DIFFER,
                DSL.inline("ledger ").concat(l.INSU_ADMDVS).concat(DSL.inline(" / ")).concat(l.MDTRTAREA_ADMDVS),
                l.INSU_ADMDVS.ne(s.INSU_ADMDVS).or(l.MDTRTAREA_ADMDVS.ne(s.MDTRTAREA_ADMDVS))));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private static int unknown(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                               DataQualityCode warning, Table<?> reference, Field<String> detail, Condition condition) {
        return dsl.fetchExists(reference) ? insert(dsl, month, previous, warning, detail, condition) : 0;
    }

    /** Inserts one warning per settlement cleared in the cycle that meets {@code condition}. */
    private static int insert(DSLContext dsl, CycleMonth month, Optional<CycleMonth> previous,
                              DataQualityCode warning, Field<String> detail, Condition condition) {
        var w = CYCLE_QUALITY_WARNING;
        List<SelectField<?>> row = List.of(DSL.inline(month.toString()), MatchedSettlements.S.SETL_ID,
                DSL.inline(warning.code()), DSL.inline(warning.description() + ": ").concat(detail));
        return dsl.insertInto(w).columns(List.<Field<?>>of(w.CYCLE_MONTH, w.SETL_ID, w.WARNING_CODE, w.DETAIL))
                .select(MatchedSettlements.withLedger(dsl, month, previous, row, condition))
                .execute();
    }
}
