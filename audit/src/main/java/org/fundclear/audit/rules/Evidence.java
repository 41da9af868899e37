package org.fundclear.audit.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Evidence rows of one rule grouped by subject: settlements, amount at risk, the worst metric, what was seen. */
final class Evidence {

    /** One subject's evidence. */
    static final class Subject {
        final String id;
        final Set<String> setlIds = new LinkedHashSet<>();
        final Set<String> units = new TreeSet<>();
        final Set<String> details = new TreeSet<>();
        BigDecimal amount = BigDecimal.ZERO;
        double maxMetric = Double.NEGATIVE_INFINITY;
        int rows;

        Subject(String id) {
            this.id = id;
        }

        Subject add(String setlId, BigDecimal amt, double metric, String unit, String detail) {
            setlIds.add(setlId);
            amount = amount.add(amt == null ? BigDecimal.ZERO : amt);
            maxMetric = Math.max(maxMetric, metric);
            if (unit != null) {
                units.add(unit);
            }
            if (detail != null) {
                details.add(detail);
            }
            rows++;
            return this;
        }

        BigDecimal amount() {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }

        List<String> setlIds() {
            return new ArrayList<>(setlIds);
        }

        /** Up to three details, for explanations ("黄体酮胶囊、来曲唑片"). */
        String detailList() {
            return String.join("、", details.stream().limit(3).toList()) + (details.size() > 3 ? " 等" : "");
        }
    }

    private final Map<String, Subject> subjects = new LinkedHashMap<>();

    Subject of(String subjectId) {
        return subjects.computeIfAbsent(subjectId, Subject::new);
    }

    Iterable<Subject> subjects() {
        return subjects.values();
    }
}
