package org.fundclear.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Draws elements of a fixed list with integer weights (exact, order-stable). */
final class Weighted<T> {

    private final List<T> items;
    private final int[] cumulative;

    private Weighted(List<T> items, ToIntFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new int[items.size()];
        int sum = 0;
        for (int i = 0; i < items.size(); i++) {
            int w = weight.applyAsInt(items.get(i));
            if (w < 0) {
                throw new IllegalArgumentException("negative weight for " + items.get(i));
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
    }

    static <T> Weighted<T> of(List<T> items, ToIntFunction<T> weight) {
        return new Weighted<>(items, weight);
    }

    T draw(SplittableRandom rng) {
        int ticket = rng.nextInt(cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > ticket) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }
}
