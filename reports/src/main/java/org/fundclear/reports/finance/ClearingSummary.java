package org.fundclear.reports.finance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CYCLE_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a finance clerk reads after a clearing: who owes what, what is held and why, carried items, warnings. */
public record ClearingSummary(CycleMonth month, List<Owed> owed, long matched, List<HeldStatus> held,
                              Carried carried, List<Warning> warnings, Map<String, Integer> quality) {
    public record Owed(String insu, String name, long settlements, BigDecimal netPayable) {
    }

    public record HeldStatus(String status, int settlements, BigDecimal difference) {
    }

    /** Of the items held at the end of {@code previous}, how many matched this month (late rows) and were cleared. */
    public record Carried(String previous, int held, int resolved) {
    }

    public record Warning(String insu, String name, BigDecimal usage, BigDecimal topUp, LocalDate due) {
    }

    public BigDecimal totalNetPayable() {
        return owed.stream().map(Owed::netPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static ClearingSummary of(DSLContext dsl, CycleMonth month) {
        String m = month.toString();
        Map<String, String> names = RegionNames.all(dsl);
        var net = DSL.sum(CLEARING_LINE.NET_PAYABLE);
        var count = DSL.sum(CLEARING_LINE.SETL_CNT);
        List<Owed> owed = dsl.select(CLEARING_LINE.INSU_ADMDVS, count, net).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).groupBy(CLEARING_LINE.INSU_ADMDVS)
                .orderBy(CLEARING_LINE.INSU_ADMDVS)
                .fetch(r -> new Owed(r.value1(), names.getOrDefault(r.value1(), ""), r.value2().longValue(), r.value3()));
        BigDecimal matched = dsl.select(DSL.sum(CLEARING_LINE.MATCHED_COUNT)).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).fetchOne(0, BigDecimal.class);
        List<HeldStatus> held = dsl.select(RECONCILIATION.STATUS, DSL.count(), DSL.sum(RECONCILIATION.DIFFERENCE))
                .from(RECONCILIATION).where(RECONCILIATION.CYCLE_MONTH.eq(m)).groupBy(RECONCILIATION.STATUS)
                .orderBy(RECONCILIATION.STATUS).fetch(r -> new HeldStatus(r.value1(), r.value2(), r.value3()));
        var warnings = dsl.selectFrom(ADVANCE_FUND_POSITION).where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(m))
                .and(ADVANCE_FUND_POSITION.WARNING.eq("1")).orderBy(ADVANCE_FUND_POSITION.INSU_ADMDVS)
                .fetch(p -> new Warning(p.getInsuAdmdvs(), names.getOrDefault(p.getInsuAdmdvs(), ""), p.getUsageRate(),
                        p.getTopUpAmount(), p.getTopUpDue()));
        Map<String, Integer> quality = new java.util.TreeMap<>(dsl.select(CYCLE_QUALITY_WARNING.WARNING_CODE, DSL.count())
                .from(CYCLE_QUALITY_WARNING).where(CYCLE_QUALITY_WARNING.CYCLE_MONTH.eq(m))
                .groupBy(CYCLE_QUALITY_WARNING.WARNING_CODE).fetchMap(CYCLE_QUALITY_WARNING.WARNING_CODE, DSL.count()));
        return new ClearingSummary(month, owed, matched == null ? 0 : matched.longValue(), held, carried(dsl, m),
                warnings, quality);
    }

    private static Carried carried(DSLContext dsl, String m) {
        String previous = dsl.select(DSL.max(RECONCILIATION.CYCLE_MONTH)).from(RECONCILIATION)
                .where(RECONCILIATION.CYCLE_MONTH.lt(m)).fetchOne(0, String.class);
        if (previous == null) {
            return null;
        }
        var held = RECONCILIATION.as("held");
        var now = RECONCILIATION.as("now");
        int carried = dsl.fetchCount(held, held.CYCLE_MONTH.eq(previous));
        int stillHeld = dsl.fetchCount(dsl.selectOne().from(held).join(now).on(now.SETL_ID.eq(held.SETL_ID))
                .where(held.CYCLE_MONTH.eq(previous)).and(now.CYCLE_MONTH.eq(m)));
        return new Carried(previous, carried, carried - stillHeld);
    }
}
