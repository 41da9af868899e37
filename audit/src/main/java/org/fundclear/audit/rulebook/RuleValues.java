package org.fundclear.audit.rulebook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The parameter values of one rule-book version: per rule and parameter, entry key → value. */
public final class RuleValues {
    private final Map<String, Map<String, String>> values;

    RuleValues(Map<String, Map<String, String>> values) {
        this.values = values;
    }

    static String key(String ruleId, String name) {
        return ruleId + "." + name;
    }

    /** The entries of a list parameter (or the one "-" entry of a threshold), by key; empty if none. */
    public Map<String, String> entries(String ruleId, String name) {
        return Collections.unmodifiableMap(values.getOrDefault(key(ruleId, name), new TreeMap<>()));
    }

    /** The value of a threshold; a version without it cannot build its rules. */
    public String scalar(String ruleId, String name) {
        String value = entries(ruleId, name).get(RuleParameter.SCALAR);
        if (value == null) {
            throw new IllegalStateException("rule book lacks " + ruleId + " " + name);
        }
        return value;
    }

    public int whole(String ruleId, String name) {
        return new BigDecimal(scalar(ruleId, name)).intValueExact();
    }

    public double real(String ruleId, String name) {
        return Double.parseDouble(scalar(ruleId, name));
    }

    public BigDecimal decimal(String ruleId, String name) {
        return new BigDecimal(scalar(ruleId, name));
    }

    /** Every value, rule by rule, as "R01.min_institutions" → entries. */
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(v)));
        return copy;
    }

    /** These values with one entry set (value) or removed (null). */
    RuleValues with(String ruleId, String name, String entryKey, String value) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        Map<String, String> entries = copy.computeIfAbsent(key(ruleId, name), k -> new TreeMap<>());
        if (value == null) {
            entries.remove(entryKey);
        } else {
            entries.put(entryKey, value);
        }
        return new RuleValues(copy);
    }
}
