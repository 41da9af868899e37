package org.fundclear.audit.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the codes (drugs, items) a month's packed state refers to, 0, 1, 2… in order of first sight, so that per
 * person an int stands for a code instead of a reference to its String.
 */
public final class CodeNumbers {
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    /** The code's number, given one now if it has none. */
    public int number(String code) {
        return numbers.computeIfAbsent(code, c -> {
            codes.add(c);
            return codes.size() - 1;
        });
    }

    /** The code's number, or -1 if it has none. */
    public int find(String code) {
        return numbers.getOrDefault(code, -1);
    }

    public String code(int number) {
        return codes.get(number);
    }
}
