package org.fundclear.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each outpatient person has already been given in the month, so background care stays plausible: a drug
 * is supplied at most once a month (no stockpiling, R07) and tests with a minimum interval (周期频次, R15) keep
 * it. Months are generated independently, so across months the interval holds by construction instead: a
 * person has such tests only in every other month (by the person) and never on a late row of the month before,
 * which puts at least one whole month between the billings of two months. Arrays indexed by person, grown on
 * demand.
 */
final class CareHistory {

    private static final long SALT = 0x53706163656454L;
    /** Items with a minimum number of days between two billings for one person (knowledge-base limits). */
    private static final List<CatalogItem> SPACED = List.of(Catalog.HBA1C, Catalog.CHEST_CT, Catalog.MRI);
    private static final int[] MIN_GAP_DAYS = {28, 14, 14};
    /** CT and MRI alternate, so every month a person can have one of the two. */
    private static final int[] PHASE = {0, 0, 1};
    private static final Map<CatalogItem, Integer> BIT = new IdentityHashMap<>();

    static {
        if (Catalog.ALL.size() > Long.SIZE) {
            throw new ExceptionInInitializerError("drug masks hold at most 64 catalogue items");
        }
        for (int i = 0; i < Catalog.ALL.size(); i++) {
            BIT.put(Catalog.ALL.get(i), i);
        }
    }

    private final YearMonth month;
    private final long monthIndex;
    /** Bit i: Catalog.ALL[i] was supplied this month. */
    private long[] drugs = new long[0];
    /** Per spaced item: first and last epoch day billed (+1, 0 = never); any new day keeps the gap to both. */
    private final int[][] first = new int[SPACED.size()][0];
    private final int[][] last = new int[SPACED.size()][0];

    CareHistory(YearMonth month) {
        this.month = month;
        this.monthIndex = month.getYear() * 12L + month.getMonthValue();
    }

    boolean allows(Person person, CatalogItem item, LocalDate day) {
        int p = person.index();
        if (item.isDrug()) {
            return p >= drugs.length || (drugs[p] & bit(item)) == 0;
        }
        int s = spaced(item);
        if (s < 0) {
            return true;
        }
        boolean inMonth = day.getYear() == month.getYear() && day.getMonthValue() == month.getMonthValue();
        if (!inMonth || ((monthIndex + Seeds.mix(SALT, p) + PHASE[s]) & 1) != 0) {
            return false;
        }
        if (p >= first[s].length || first[s][p] == 0) {
            return true;
        }
        long d = day.toEpochDay() + 1;
        int gap = MIN_GAP_DAYS[s];
        return d <= first[s][p] - gap || d >= last[s][p] + gap;
    }

    void record(Person person, List<FeeLine> lines, LocalDate day) {
        int p = person.index();
        grow(p + 1);
        int d = (int) day.toEpochDay() + 1;
        for (FeeLine line : lines) {
            CatalogItem item = line.item();
            if (item.isDrug()) {
                drugs[p] |= bit(item);
            }
            int s = spaced(item);
            if (s >= 0) {
                first[s][p] = first[s][p] == 0 ? d : Math.min(first[s][p], d);
                last[s][p] = Math.max(last[s][p], d);
            }
        }
    }

    private static int spaced(CatalogItem item) {
        for (int s = 0; s < SPACED.size(); s++) {
            if (SPACED.get(s) == item) {
                return s;
            }
        }
        return -1;
    }

    private static long bit(CatalogItem item) {
        return 1L << BIT.get(item);
    }

    private void grow(int size) {
        if (size <= drugs.length) {
            return;
        }
        int capacity = Math.max(size, drugs.length + drugs.length / 2 + 1024);
        drugs = Arrays.copyOf(drugs, capacity);
        for (int s = 0; s < SPACED.size(); s++) {
            first[s] = Arrays.copyOf(first[s], capacity);
            last[s] = Arrays.copyOf(last[s], capacity);
        }
    }
}
