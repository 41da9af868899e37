package org.fundclear.audit.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the findings of rules and models into one case per subject, highest priority first. */
public final class CaseBuilder {
    private CaseBuilder() {
    }

    public static List<AuditCase> build(List<Finding> findings) {
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        for (Finding f : findings) {
            bySubject.computeIfAbsent(f.subjectKey(), k -> new ArrayList<>()).add(f);
        }
        List<AuditCase> cases = new ArrayList<>(bySubject.size());
        bySubject.values().forEach(list -> cases.add(AuditCase.of(list)));
        cases.sort(Comparator.comparingDouble(AuditCase::priority).reversed()
                .thenComparing(AuditCase::subjectId));
        return cases;
    }
}
