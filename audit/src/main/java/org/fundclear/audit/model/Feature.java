package org.fundclear.audit.model;

import java.util.function.DoubleUnaryOperator;

/**
 * One model feature: its name in the model header, how an inspector reads it, and how to show a model value as
 * the raw figure (features of counts and money are log1p-transformed; explanations undo that).
 */
public record Feature(String name, String label, String unit, DoubleUnaryOperator toRaw) {

    public static Feature logCount(String name, String label, String unit) {
        return new Feature(name, label, unit, v -> Math.expm1(v));
    }

    public static Feature plain(String name, String label, String unit) {
        return new Feature(name, label, unit, v -> v);
    }

    static double log(double raw) {
        return Math.log1p(Math.max(0, raw));
    }
}
