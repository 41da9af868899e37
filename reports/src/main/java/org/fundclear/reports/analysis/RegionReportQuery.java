package org.fundclear.reports.analysis;

import static org.fundclear.sql.jooq.Tables.REGION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.clearing.cycle.ClearedSettlements;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.Settlement;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Computes a {@link RegionReport} from the settlements the period's cleared cycles cleared
 * ({@link ClearedSettlements}): one GROUP BY to (insured region, treatment region, insutype, category) cells whose
 * exact sums are folded into the tables, and one distinct count of persons per destination and kind of care.
 */
public final class RegionReportQuery {
    private static final Settlement S = ClearedSettlements.S;

    private final ClearedSettlements cleared;

    public RegionReportQuery(ClearedSettlements cleared) {
        this.cleared = cleared;
    }

    /** The cleared cycles of {@code period} (empty: nothing to report). */
    public List<CycleMonth> clearedCycles(DSLContext dsl, ReportPeriod period) {
        return cleared.clearedAmong(dsl, period.cycles());
    }

    /** The report of {@code region} for {@code period}; the period must have at least one cleared cycle. */
    public RegionReport report(DSLContext dsl, String region, ReportPeriod period) {
        List<CycleMonth> cycles = clearedCycles(dsl, period);
        if (cycles.isEmpty()) {
            throw new IllegalArgumentException("no cleared cycle in " + period);
        }
        ReportPeriod previous = period.previous();
        List<CycleMonth> previousCycles = clearedCycles(dsl, previous);

        List<Cell> cells = cells(dsl, region, cycles);
        List<FlowRow> flows = new ArrayList<>(flows(period.label(), region, cells));
        if (!previousCycles.isEmpty()) {
            flows.addAll(flows(previous.label(), region, cells(dsl, region, previousCycles)));
        }
        Map<String, Map<Category, Long>> persons = destinationPersons(dsl, region, cycles);
        Map<String, String> names = regionNames(dsl);
        return new RegionReport(region, names.getOrDefault(region, ""), period, cycles, previous, previousCycles,
                flows, scopes(period.label(), region, cells), insutypes(period.label(), cells),
                categories(period.label(), cells), destinations(period.label(), region, cells, persons, names));
    }

    /** Sums of one (insured region, treatment region, insutype, category). */
    private record Cell(String insu, String mdtrtarea, String insutype, Category category, Figures figures) {
        Direction direction(String region) {
            return insu.equals(region) ? Direction.OUT : Direction.IN;
        }
    }

    private List<Cell> cells(DSLContext dsl, String region, List<CycleMonth> cycles) {
        Field<Long> sign = DSL.when(S.REFD_SETL_FLAG.eq("1"), DSL.inline(-1L)).otherwise(DSL.inline(1L));
        Field<String> category = Category.of(S.MED_TYPE);
        // max(1, enddate − begndate): a stay counts at least one day, also when its dates are missing.
        Field<Integer> stay = DSL.greatest(DSL.inline(1),
                DSL.coalesce(DSL.localDateDiff(S.ENDDATE, S.BEGNDATE), DSL.inline(1)));
        Field<Long> days = DSL.when(category.eq(DSL.inline(Category.INPATIENT.name())), sign.times(stay.cast(Long.class)))
                .otherwise(DSL.inline(0L));
        List<SelectField<?>> row = List.of(S.INSU_ADMDVS.as("insu"), S.MDTRTAREA_ADMDVS.as("mdtrtarea"),
                S.INSUTYPE.as("insutype"), category.as("category"), sign.as("sign"), S.MEDFEE_SUMAMT.as("medfee"),
                S.FUND_PAY_SUMAMT.plus(S.ACCT_PAY).as("fund_pay"), S.ACCT_PAY.as("acct_pay"), days.as("days"));
        Table<Record> x = cleared.select(dsl, cycles, row,
                S.INSU_ADMDVS.eq(region).or(S.MDTRTAREA_ADMDVS.eq(region))).asTable("x");
        Field<String> insu = x.field("insu", String.class);
        Field<String> mdtrtarea = x.field("mdtrtarea", String.class);
        Field<String> insutype = x.field("insutype", String.class);
        Field<String> cat = x.field("category", String.class);
        return dsl.select(insu, mdtrtarea, insutype, cat, DSL.sum(x.field("sign", Long.class)),
                        DSL.sum(x.field("medfee", BigDecimal.class)), DSL.sum(x.field("fund_pay", BigDecimal.class)),
                        DSL.sum(x.field("acct_pay", BigDecimal.class)), DSL.sum(x.field("days", Long.class)))
                .from(x).groupBy(insu, mdtrtarea, insutype, cat)
                .fetch(r -> new Cell(r.value1(), r.value2(), r.value3(), Category.valueOf(r.value4()),
                        new Figures(r.value5().longValue(), r.value6(), r.value7(), r.value8(), r.value9().longValue())));
    }

    /**
     * Distinct psn_no per destination and kind of care (inpatient, outpatient = general + chronic, pharmacy)
     * among the region's insured's normal rows that no reversal cleared by the period's last cleared cycle took back.
     */
    private Map<String, Map<Category, Long>> destinationPersons(DSLContext dsl, String region, List<CycleMonth> cycles) {
        Field<String> category = Category.of(S.MED_TYPE);
        Field<String> kind = DSL.when(category.eq(DSL.inline(Category.CHRONIC.name())), DSL.inline(Category.GENERAL.name()))
                .otherwise(category);
        List<SelectField<?>> row = List.of(destination(region, S.MDTRTAREA_ADMDVS).as("dest"), kind.as("kind"),
                S.PSN_NO.as("psn_no"));
        CycleMonth last = cycles.get(cycles.size() - 1);
        Table<Record> x = cleared.select(dsl, cycles, row, S.INSU_ADMDVS.eq(region).and(S.REFD_SETL_FLAG.eq("0"))
                .and(ClearedSettlements.notTakenBackBy(dsl.dialect(), last, S.SETL_ID))).asTable("x");
        Field<String> dest = x.field("dest", String.class);
        Field<String> k = x.field("kind", String.class);
        Map<String, Map<Category, Long>> persons = new HashMap<>();
        dsl.select(dest, k, DSL.countDistinct(x.field("psn_no"))).from(x).groupBy(dest, k)
                .forEach(r -> persons.computeIfAbsent(r.value1(), d -> new EnumMap<>(Category.class))
                        .put(Category.valueOf(r.value2()), r.value3().longValue()));
        return persons;
    }

    /** The treatment region when it is in the region's province, else its province {@code xx0000}. */
    private static Field<String> destination(String region, Field<String> mdtrtarea) {
        Field<String> province = DSL.substring(mdtrtarea, 1, 2);
        return DSL.when(province.eq(DSL.inline(region.substring(0, 2))), mdtrtarea)
                .otherwise(province.concat(DSL.inline("0000")));
    }

    private static String destination(String region, String mdtrtarea) {
        return mdtrtarea.regionMatches(0, region, 0, 2) ? mdtrtarea : mdtrtarea.substring(0, 2) + "0000";
    }

    private static List<FlowRow> flows(String period, String region, List<Cell> cells) {
        Map<Direction, Figures> sums = new EnumMap<>(Direction.class);
        cells.forEach(c -> sums.merge(c.direction(region), c.figures(), Figures::plus));
        return sums.entrySet().stream().map(e -> new FlowRow(period, e.getKey(), e.getValue())).toList();
    }

    private static List<ScopeRow> scopes(String period, String region, List<Cell> cells) {
        Map<Scope, Map<Direction, Figures>> sums = new EnumMap<>(Scope.class);
        cells.forEach(c -> sums.computeIfAbsent(Scope.of(c.insu(), c.mdtrtarea()), s -> new EnumMap<>(Direction.class))
                .merge(c.direction(region), c.figures(), Figures::plus));
        List<ScopeRow> rows = new ArrayList<>();
        sums.forEach((scope, byDirection) -> byDirection.forEach((direction, figures) ->
                rows.add(new ScopeRow(period, scope, direction, figures))));
        return rows;
    }

    private static List<InsutypeRow> insutypes(String period, List<Cell> cells) {
        Map<String, Figures> sums = new TreeMap<>();
        cells.forEach(c -> sums.merge(c.insutype(), c.figures(), Figures::plus));
        return sums.entrySet().stream().map(e -> new InsutypeRow(period, e.getKey(), e.getValue())).toList();
    }

    private static List<CategoryRow> categories(String period, List<Cell> cells) {
        Map<Category, Figures> sums = new EnumMap<>(Category.class);
        cells.forEach(c -> sums.merge(c.category(), c.figures(), Figures::plus));
        Figures total = sums.values().stream().reduce(Figures.ZERO, Figures::plus);
        return sums.entrySet().stream().map(e -> new CategoryRow(period, e.getKey(), e.getValue(),
                share(BigDecimal.valueOf(e.getValue().setlCnt()), BigDecimal.valueOf(total.setlCnt())),
                share(e.getValue().medfee(), total.medfee()))).toList();
    }

    static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, 4, RoundingMode.HALF_UP);
    }

    private static List<DestinationRow> destinations(String period, String region, List<Cell> cells,
                                                     Map<String, Map<Category, Long>> persons, Map<String, String> names) {
        Map<String, Map<Category, Figures>> sums = new LinkedHashMap<>();
        cells.stream().filter(c -> c.direction(region) == Direction.OUT).forEach(c ->
                sums.computeIfAbsent(destination(region, c.mdtrtarea()), d -> new EnumMap<>(Category.class))
                        .merge(c.category() == Category.CHRONIC ? Category.GENERAL : c.category(), c.figures(),
                                Figures::plus));
        List<DestinationRow> rows = new ArrayList<>();
        sums.forEach((dest, byKind) -> {
            Map<Category, Long> people = persons.getOrDefault(dest, Map.of());
            Figures inpatient = byKind.getOrDefault(Category.INPATIENT, Figures.ZERO);
            Figures outpatient = byKind.getOrDefault(Category.GENERAL, Figures.ZERO);
            Figures pharmacy = byKind.getOrDefault(Category.PHARMACY, Figures.ZERO);
            rows.add(new DestinationRow(period, dest, names.getOrDefault(dest, ""),
                    people.getOrDefault(Category.INPATIENT, 0L), inpatient.setlCnt(), inpatient.inpatientDays(),
                    inpatient.medfee(),
                    people.getOrDefault(Category.GENERAL, 0L), outpatient.setlCnt(), outpatient.medfee(),
                    people.getOrDefault(Category.PHARMACY, 0L), pharmacy.setlCnt(), pharmacy.medfee()));
        });
        rows.sort(Comparator.comparingLong(DestinationRow::inpatientSetlCnt).reversed()
                .thenComparing(DestinationRow::destAdmdvs));
        return rows;
    }

    private static Map<String, String> regionNames(DSLContext dsl) {
        Map<String, String> names = new HashMap<>();
        dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }
}
