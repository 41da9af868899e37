package org.fundclear.audit.scope;

import java.util.HashMap;
import java.util.Map;

/**
 * One String per distinct value, for state held over a whole month: a person number, drug code or institution
 * read from every row is kept once instead of once per row.
 */
public final class StringPool {
    private final Map<String, String> strings = new HashMap<>();

    public String of(String value) {
        String known = strings.putIfAbsent(value, value);
        return known != null ? known : value;
    }
}
