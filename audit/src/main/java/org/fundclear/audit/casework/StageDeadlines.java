package org.fundclear.audit.casework;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.fundclear.clearing.cycle.WorkingDays;

/**
 * How many working days each open stage may take (configuration `fundclear.cases.deadline.*`; DOMAIN.md marks the
 * numbers as not confirmed by regulation text) and the holidays that do not count.
 */
public record StageDeadlines(Map<CaseStatus, Integer> workingDays, Set<LocalDate> holidays) {

    public StageDeadlines {
        workingDays = Map.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /** The defaults: 5 to pick up a new case, 10 for 初审, 5 for 复审, 10 for an appeal, 20 to investigate, 10 to decide. */
    public static StageDeadlines defaults() {
        Map<CaseStatus, Integer> days = new EnumMap<>(CaseStatus.class);
        days.put(CaseStatus.NEW, 5);
        days.put(CaseStatus.INITIAL_REVIEW, 10);
        days.put(CaseStatus.SECOND_REVIEW, 5);
        days.put(CaseStatus.APPEAL, 10);
        days.put(CaseStatus.INVESTIGATION, 20);
        days.put(CaseStatus.DISPOSITION, 10);
        return new StageDeadlines(days, Set.of());
    }

    /** The last day of a stage entered on {@code since}; null for a closed case. */
    public LocalDate due(CaseStatus status, LocalDate since) {
        if (status.closed()) {
            return null;
        }
        return WorkingDays.after(since, workingDays.getOrDefault(status, 10), holidays);
    }
}
