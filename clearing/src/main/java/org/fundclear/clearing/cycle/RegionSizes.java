package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.Map;
import java.util.TreeMap;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Rows per insured region (insu_admdvs) among the month's settlements and ledger rows: what the per-row clearing
 * steps are partitioned by, and the partitions' weights. Rows held from earlier months are not counted (they are
 * few); the partition of everything not listed covers them whatever their region.
 */
final class RegionSizes {
    Map<String, Long> of(DSLContext dsl, CycleMonth month) {
        String m = month.toString();
        var rows = dsl.select(SETTLEMENT.INSU_ADMDVS, DSL.count()).from(SETTLEMENT)
                .where(SETTLEMENT.CYCLE_MONTH.eq(m)).groupBy(SETTLEMENT.INSU_ADMDVS)
                .unionAll(dsl.select(LEDGER_ENTRY.INSU_ADMDVS, DSL.count()).from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.CYCLE_MONTH.eq(m)).groupBy(LEDGER_ENTRY.INSU_ADMDVS))
                .fetch();
        Map<String, Long> sizes = new TreeMap<>();
        rows.forEach(r -> sizes.merge(r.value1(), r.value2().longValue(), Long::sum));
        return sizes;
    }
}
