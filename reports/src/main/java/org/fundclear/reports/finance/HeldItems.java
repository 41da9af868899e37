package org.fundclear.reports.finance;

import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION_NOTE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * 对账: the settlements a month holds (暂缓) with how many months each has been held, and the notes of what was asked
 * of which region about one. A held item is seen when its insured or treatment region is in scope.
 */
public final class HeldItems {
    public record Note(LocalDateTime at, String by, String region, String text) {
    }

    public record Held(String setlId, String insu, String mdtrtarea, String status, BigDecimal treatmentFundPay,
                       BigDecimal insuredFundPay, BigDecimal difference, String firstHeld, int monthsHeld,
                       List<Note> notes) {
    }

    public record Filter(String status, String region, Integer minMonths) {
    }

    private HeldItems() {
    }

    /** The latest month that has held items, if any. */
    public static String latestMonth(DSLContext dsl) {
        return dsl.select(DSL.max(RECONCILIATION.CYCLE_MONTH)).from(RECONCILIATION).fetchOne(0, String.class);
    }

    public static List<Held> held(DSLContext dsl, CycleMonth month, Filter filter, RegionScope scope) {
        var r = RECONCILIATION;
        var first = RECONCILIATION.as("first");
        var firstHeld = DSL.field(DSL.select(DSL.min(first.CYCLE_MONTH)).from(first)
                .where(first.SETL_ID.eq(r.SETL_ID)).and(first.CYCLE_MONTH.le(r.CYCLE_MONTH)));
        Condition where = r.CYCLE_MONTH.eq(month.toString()).and(visible(scope));
        if (filter.status() != null && !filter.status().isBlank()) {
            where = where.and(r.STATUS.eq(filter.status()));
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where = where.and(r.INSU_ADMDVS.eq(filter.region()).or(r.MDTRTAREA_ADMDVS.eq(filter.region())));
        }
        var rows = dsl.select(r.SETL_ID, r.INSU_ADMDVS, r.MDTRTAREA_ADMDVS, r.STATUS, r.TREATMENT_FUND_PAY,
                        r.INSURED_FUND_PAY, r.DIFFERENCE, firstHeld)
                .from(r).where(where).orderBy(r.STATUS, r.SETL_ID).fetch();
        Map<String, List<Note>> notes = notes(dsl, rows.getValues(r.SETL_ID));
        return rows.stream().map(x -> {
            int months = (int) ChronoUnit.MONTHS.between(CycleMonth.parse(x.value8()).value(), month.value()) + 1;
            return new Held(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6(), x.value7(),
                    x.value8(), months, notes.getOrDefault(x.value1(), List.of()));
        }).filter(h -> filter.minMonths() == null || h.monthsHeld() >= filter.minMonths()).toList();
    }

    /** Whether {@code setlId} is held in {@code month} and the user may see it. */
    public static boolean isHeld(DSLContext dsl, CycleMonth month, String setlId, RegionScope scope) {
        var r = RECONCILIATION;
        return dsl.fetchExists(r, r.CYCLE_MONTH.eq(month.toString()).and(r.SETL_ID.eq(setlId)).and(visible(scope)));
    }

    private static Condition visible(RegionScope scope) {
        return scope.covers(RECONCILIATION.INSU_ADMDVS).or(scope.covers(RECONCILIATION.MDTRTAREA_ADMDVS));
    }

    private static Map<String, List<Note>> notes(DSLContext dsl, List<String> setlIds) {
        if (setlIds.isEmpty()) {
            return Map.of();
        }
        var n = RECONCILIATION_NOTE;
        return dsl.selectFrom(n).where(n.SETL_ID.in(setlIds)).orderBy(n.ID).fetch().stream()
                .collect(Collectors.groupingBy(x -> x.getSetlId(), Collectors.mapping(
                        x -> new Note(x.getCreatedAt(), x.getCreatedBy(), x.getAskedRegion(), x.getNote()),
                        Collectors.toList())));
    }
}
