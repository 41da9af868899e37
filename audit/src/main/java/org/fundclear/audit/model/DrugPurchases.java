package org.fundclear.audit.model;

/**
 * One person's purchases of one drug in the month, reduced to what possession needs: the first and last purchase
 * day, the days of supply obtained and the largest purchase of the last day. A month holds one per person and drug
 * (ten million at five million settlements), so {@link PersonDrugPurchases} keeps them packed in three longs each
 * and makes this object only for the few it hands out.
 */
final class DrugPurchases {
    /**
     * Longs per packed entry: {@code drug << 32 | purchases}, {@code firstDay << 32 | lastDay},
     * {@code totalDays << 32 | largestOnLastDay}.
     */
    static final int PACKED = 3;
    private static final long LOW = 0xFFFF_FFFFL;

    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private long totalDays;
    private long largestOnLastDay;
    private int purchases;

    void add(long epochDay, long daysSupply) {
        firstDay = Math.min(firstDay, epochDay);
        if (epochDay > lastDay) {
            lastDay = epochDay;
            largestOnLastDay = daysSupply;
        } else if (epochDay == lastDay) {
            largestOnLastDay = Math.max(largestOnLastDay, daysSupply);
        }
        totalDays += daysSupply;
        purchases++;
    }

    /** The purchases packed at {@code at} of {@code packed} (as written by {@link #pack}). */
    static DrugPurchases unpack(long[] packed, int at) {
        DrugPurchases p = new DrugPurchases();
        p.purchases = (int) (packed[at] & LOW);
        p.firstDay = packed[at + 1] >> 32;
        p.lastDay = (int) (packed[at + 1] & LOW);
        p.totalDays = packed[at + 2] >>> 32;
        p.largestOnLastDay = packed[at + 2] & LOW;
        return p;
    }

    /** Writes these purchases of drug number {@code drug} at {@code at}; each figure must fit an int. */
    void pack(int drug, long[] packed, int at) {
        if (totalDays > Integer.MAX_VALUE || largestOnLastDay > Integer.MAX_VALUE || lastDay > Integer.MAX_VALUE
                || firstDay < Integer.MIN_VALUE) {
            throw new IllegalStateException("purchases out of range: " + totalDays + " days");
        }
        packed[at] = (long) drug << 32 | purchases;
        packed[at + 1] = firstDay << 32 | (lastDay & LOW);
        packed[at + 2] = totalDays << 32 | largestOnLastDay;
    }

    static int drugOf(long[] packed, int at) {
        return (int) (packed[at] >>> 32);
    }

    /**
     * Days of the drug still in hand when the last purchase was made: the supply obtained before it (a second
     * purchase on the last day counts as before it) less the days elapsed since the first purchase. A single long
     * prescription holds nothing in hand; refilling a 30-day supply every 9 days does.
     */
    long daysInHand() {
        return purchases < 2 ? 0 : Math.max(0, totalDays - largestOnLastDay - (lastDay - firstDay));
    }

    long totalDays() {
        return totalDays;
    }
}
