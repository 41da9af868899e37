package org.fundclear.audit.model;

/**
 * One person's purchases of one drug in the month, reduced to what possession needs: the first and last purchase
 * day, the days of supply obtained and the largest purchase of the last day. Kept small: a month holds one per
 * person and drug.
 */
final class DrugPurchases {
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
