package org.fundclear.audit.model;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjusted p-values (q-values): a subject is flagged at false discovery rate q when its adjusted
 * p is at most q. Testing every subject of a month makes some small p-values certain by chance alone; the
 * adjustment makes the number of flags depend on how much real signal the month holds, not on its size.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] p) {
        int n = p.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[n];
        double running = 1;
        for (int rank = n; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * n / rank);
            q[i] = running;
        }
        return q;
    }
}
