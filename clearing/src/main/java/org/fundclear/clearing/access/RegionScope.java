package org.fundclear.clearing.access;

import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The regions a user may see (spec/cli.md `--region`): a province code {@code xx0000} covers every region of
 * that province; no region at all means every region. Queries apply it with {@link #covers(Field)}, so a row
 * outside the scope is never read, whatever URL was typed.
 */
public record RegionScope(Set<String> regions) {
    public static final RegionScope ALL = new RegionScope(Set.of());

    public RegionScope {
        for (String r : regions) {
            if (r == null || !r.matches("\\d{6}")) {
                throw new IllegalArgumentException("a region is a 6-digit admdvs code, e.g. 530900 or 530000: " + r);
            }
        }
        regions = Set.copyOf(new TreeSet<>(regions));
    }

    public static RegionScope of(String... regions) {
        return new RegionScope(Set.of(regions));
    }

    public boolean all() {
        return regions.isEmpty();
    }

    public boolean covers(String admdvs) {
        if (all()) {
            return true;
        }
        if (admdvs == null) {
            return false;
        }
        return regions.contains(admdvs) || admdvs.length() >= 2 && regions.contains(admdvs.substring(0, 2) + "0000");
    }

    /** The SQL form of {@link #covers(String)} on a region column. */
    public Condition covers(Field<String> admdvs) {
        if (all()) {
            return DSL.trueCondition();
        }
        Set<String> provinces = new TreeSet<>();
        regions.stream().filter(r -> r.endsWith("0000")).forEach(r -> provinces.add(r.substring(0, 2)));
        Condition exact = admdvs.in(regions);
        return provinces.isEmpty() ? exact : exact.or(DSL.substring(admdvs, 1, 2).in(provinces));
    }

    @Override
    public String toString() {
        return all() ? "all regions" : String.join(",", regions);
    }
}
