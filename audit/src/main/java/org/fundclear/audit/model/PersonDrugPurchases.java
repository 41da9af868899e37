package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fundclear.audit.model.HouseholdPossessionTest.Holding;
import org.fundclear.audit.scope.CodeNumbers;

/**
 * Every person's {@link DrugPurchases} of every drug in a month, packed: per person one array of three longs per
 * drug, the drug codes numbered once. As records keyed by (person, drug) they took about
 * 200 MB a million settlements of the household detector's peak (docs/scale.md).
 */
final class PersonDrugPurchases {
    private final CodeNumbers drugs = new CodeNumbers();
    private final Map<String, long[]> byPerson = new HashMap<>();
    private int holdings;

    /** Adds a purchase of {@code daysSupply} days of {@code drug} by {@code psnNo} on {@code epochDay}. */
    void add(String psnNo, String drug, long epochDay, long daysSupply) {
        int number = drugs.number(drug);
        long[] packed = byPerson.get(psnNo);
        int at = packed == null ? -1 : find(packed, number);
        DrugPurchases purchases = at >= 0 ? DrugPurchases.unpack(packed, at) : new DrugPurchases();
        purchases.add(epochDay, daysSupply);
        if (at < 0) {
            at = packed == null ? 0 : packed.length;
            packed = packed == null ? new long[DrugPurchases.PACKED]
                    : Arrays.copyOf(packed, packed.length + DrugPurchases.PACKED);
            byPerson.put(psnNo, packed);
            holdings++;
        }
        purchases.pack(number, packed, at);
    }

    /** Number of (person, drug) pairs. */
    int holdings() {
        return holdings;
    }

    /** Number of (person, drug) pairs whose purchases {@code test} accepts. */
    long count(Predicate<DrugPurchases> test) {
        long count = 0;
        for (long[] packed : byPerson.values()) {
            for (int at = 0; at < packed.length; at += DrugPurchases.PACKED) {
                if (test.test(DrugPurchases.unpack(packed, at))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The pairs of the persons {@code wanted} accepts, each with the person and the drug code. */
    List<Holding> holdingsOf(Predicate<String> wanted) {
        List<Holding> holdings = new ArrayList<>();
        byPerson.forEach((psnNo, packed) -> {
            if (wanted.test(psnNo)) {
                for (int at = 0; at < packed.length; at += DrugPurchases.PACKED) {
                    holdings.add(new Holding(psnNo, drugs.code(DrugPurchases.drugOf(packed, at)),
                            DrugPurchases.unpack(packed, at)));
                }
            }
        });
        return holdings;
    }

    Set<String> persons() {
        return byPerson.keySet();
    }

    /** Offset of drug {@code number}'s entry (a person buys a few drugs), or -1. */
    private static int find(long[] packed, int number) {
        for (int at = 0; at < packed.length; at += DrugPurchases.PACKED) {
            if (DrugPurchases.drugOf(packed, at) == number) {
                return at;
            }
        }
        return -1;
    }
}
