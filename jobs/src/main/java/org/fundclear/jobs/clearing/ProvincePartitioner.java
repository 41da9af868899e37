package org.fundclear.jobs.clearing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.InsuredRegions;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a per-row clearing step of the month by insured province (first two digits of insu_admdvs), as Fineract's
 * COB splits its loans into key ranges with one query: the month's regions and their row counts. Grid size 1 (the
 * local default) gives one partition covering every region. A grid size g aims at g partitions of similar weight: a
 * province heavier than 1/g of the month is split into its insured regions (insu_admdvs, whole: a clearing line
 * belongs to one region, so a region is never cut), then the units are packed largest first onto the lightest
 * partition (one unit per partition when there are no more than g). One more partition, {@code others}, covers every
 * region not listed (rows held from earlier months in a region with no row this month), so the partitions cover every
 * region whatever the data. The execution context carries only the scope ({@code in:44,530100}).
 */
final class ProvincePartitioner implements Partitioner {
    static final String SCOPE = "regionScope";

    private final DSLContext dsl;
    private final ClearingCycle cycle;

    ProvincePartitioner(DSLContext dsl, ClearingCycle cycle) {
        this.dsl = dsl;
        this.cycle = cycle;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        var step = StepSynchronizationManager.getContext().getStepExecution();
        CycleMonth month = CycleMonth.parse(step.getJobParameters().getString(ClearJobConfiguration.MONTH));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (gridSize <= 1) {
            partitions.put("all", context(InsuredRegions.ALL));
            return partitions;
        }
        List<String> listed = new ArrayList<>();
        for (List<String> codes : pack(units(cycle.regionSizes(dsl, month), gridSize), gridSize)) {
            InsuredRegions scope = InsuredRegions.only(codes);
            partitions.put(name(scope), context(scope));
            listed.addAll(codes);
        }
        partitions.put("others", context(InsuredRegions.otherThan(listed)));
        return partitions;
    }

    static InsuredRegions scope(ExecutionContext context) {
        return InsuredRegions.parse(context.getString(SCOPE));
    }

    /** Provinces (two digits), and the regions (six digits) of a province heavier than 1/g of the month. */
    static Map<String, Long> units(Map<String, Long> regions, int gridSize) {
        long total = regions.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Map<String, Long>> provinces = new TreeMap<>();
        regions.forEach((region, n) -> provinces.computeIfAbsent(region.substring(0, 2), p -> new TreeMap<>()).put(region, n));
        Map<String, Long> units = new TreeMap<>();
        provinces.forEach((province, its) -> {
            long size = its.values().stream().mapToLong(Long::longValue).sum();
            if (its.size() > 1 && size * gridSize > total) {
                units.putAll(its);
            } else {
                units.put(province, size);
            }
        });
        return units;
    }

    /** Largest unit first onto the lightest partition; each partition's codes in order. */
    static List<List<String>> pack(Map<String, Long> units, int bins) {
        int n = Math.min(bins, units.size());
        List<List<String>> packed = new ArrayList<>();
        long[] weight = new long[n];
        for (int i = 0; i < n; i++) {
            packed.add(new ArrayList<>());
        }
        units.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    int lightest = 0;
                    for (int i = 1; i < n; i++) {
                        if (weight[i] < weight[lightest]) {
                            lightest = i;
                        }
                    }
                    packed.get(lightest).add(e.getKey());
                    weight[lightest] += e.getValue();
                });
        packed.forEach(bin -> bin.sort(Comparator.naturalOrder()));
        packed.sort(Comparator.comparing(bin -> bin.get(0)));
        return packed;
    }

    /**
     * The partition's name says its scope (a restart skips the partitions completed under the same name, so a name
     * never stands for two scopes): {@code p44}, {@code p530100}, {@code p44-51}; a long list is shortened to its first
     * code, how many follow and a hash of the whole list.
     */
    static String name(InsuredRegions scope) {
        String joined = String.join("-", scope.codes());
        if (joined.length() <= 40) {
            return "p" + joined;
        }
        return "p" + scope.codes().first() + "-and-" + (scope.codes().size() - 1) + "-"
                + String.format("%08x", scope.toString().hashCode());
    }

    private static ExecutionContext context(InsuredRegions scope) {
        ExecutionContext context = new ExecutionContext();
        context.putString(SCOPE, scope.toString());
        return context;
    }
}
