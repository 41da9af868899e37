package org.fundclear.clearing.cycle;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which insured regions a run of a per-row clearing step covers: every region; the listed codes, each an insured
 * province (two digits: the first two of insu_admdvs) or an insured region (the six digits of insu_admdvs, for a
 * province split because it is large); or every region outside the listed codes. A clearing line's key starts with
 * its insu_admdvs and a held row carries its own, so a step run for a scope replaces exactly the rows of its scope:
 * disjoint scopes run side by side, in any order, and a scope run again writes what it wrote the first time. The
 * codes of a month plus {@link #otherThan} of them cover every region, whatever a month's data hold.
 */
public record InsuredRegions(Kind kind, SortedSet<String> codes) {
    public enum Kind { ALL, ONLY, OTHER_THAN }

    public static final InsuredRegions ALL = new InsuredRegions(Kind.ALL, new TreeSet<>());

    public InsuredRegions {
        codes = new TreeSet<>(codes);
        for (String code : codes) {
            if (!code.matches("\\d{2}|\\d{6}")) {
                throw new IllegalArgumentException("a province is two digits and a region six, not " + code);
            }
        }
        if (kind == Kind.ONLY && codes.isEmpty()) {
            throw new IllegalArgumentException("a scope lists at least one province or region");
        }
    }

    /** The listed provinces (two digits) and regions (six digits). */
    public static InsuredRegions only(Collection<String> codes) {
        return new InsuredRegions(Kind.ONLY, new TreeSet<>(codes));
    }

    /** Every region outside the listed provinces and regions (none listed: every region). */
    public static InsuredRegions otherThan(Collection<String> codes) {
        return codes.isEmpty() ? ALL : new InsuredRegions(Kind.OTHER_THAN, new TreeSet<>(codes));
    }

    /** The condition on an insu_admdvs column. */
    public Condition on(Field<String> insuAdmdvs) {
        if (kind == Kind.ALL) {
            return DSL.noCondition();
        }
        List<String> provinces = codes.stream().filter(c -> c.length() == 2).toList();
        List<String> regions = codes.stream().filter(c -> c.length() == 6).toList();
        Condition listed = DSL.falseCondition();
        if (!provinces.isEmpty()) {
            listed = listed.or(DSL.substring(insuAdmdvs, 1, 2).in(provinces));
        }
        if (!regions.isEmpty()) {
            listed = listed.or(insuAdmdvs.in(regions));
        }
        return kind == Kind.ONLY ? listed : DSL.not(listed);
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    /** {@code all}, {@code in:44,530100} or {@code not-in:44,530100}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "all";
            case ONLY -> "in:" + String.join(",", codes);
            case OTHER_THAN -> "not-in:" + String.join(",", codes);
        };
    }

    public static InsuredRegions parse(String text) {
        if (text.equals("all")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a region scope: " + text);
        }
        List<String> list = Arrays.stream(text.substring(colon + 1).split(",")).filter(s -> !s.isEmpty()).toList();
        return switch (text.substring(0, colon)) {
            case "in" -> only(list);
            case "not-in" -> otherThan(list);
            default -> throw new IllegalArgumentException("not a region scope: " + text);
        };
    }
}
