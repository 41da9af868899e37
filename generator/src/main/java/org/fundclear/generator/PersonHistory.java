package org.fundclear.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which persons each month of a run used, oldest month first. A month's reference files list everyone used so far,
 * so the files of later months are supersets of earlier ones.
 */
final class PersonHistory {

    private final List<YearMonth> months = new ArrayList<>();
    private final List<BitSet> used = new ArrayList<>();

    void add(YearMonth month, BitSet usedInMonth) {
        if (!months.isEmpty() && !month.isAfter(latest())) {
            throw new IllegalArgumentException("months must be added in order: " + month + " after " + latest());
        }
        months.add(month);
        used.add((BitSet) usedInMonth.clone());
    }

    List<YearMonth> months() {
        return List.copyOf(months);
    }

    YearMonth latest() {
        return months.getLast();
    }

    BitSet everyone() {
        BitSet all = new BitSet();
        used.forEach(all::or);
        return all;
    }

    /** Position in {@link #months()} of the first month that used the person. */
    int firstMonthOf(int person) {
        for (int m = 0; m < used.size(); m++) {
            if (used.get(m).get(person)) {
                return m;
            }
        }
        throw new IllegalArgumentException("person " + person + " was never used");
    }
}
