package org.fundclear.jobs.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.audit.casework.CaseWork;
import org.fundclear.audit.casework.StageDeadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Stage deadlines in working days from configuration (fundclear.cases.deadline.*), holidays shared with clearing. */
@Configuration
public class CaseConfiguration {

    @Bean
    StageDeadlines stageDeadlines(Environment env, @Value("${fundclear.calendar.holidays:}") List<String> holidays) {
        StageDeadlines defaults = StageDeadlines.defaults();
        Map<CaseStatus, Integer> days = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            if (!s.closed()) {
                String key = "fundclear.cases.deadline." + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                days.put(s, env.getProperty(key, Integer.class, defaults.workingDays().get(s)));
            }
        }
        return new StageDeadlines(days, holidays.stream().filter(h -> !h.isBlank()).map(String::strip)
                .map(LocalDate::parse).collect(Collectors.toSet()));
    }

    @Bean
    CaseWork caseWork(Clock clock, StageDeadlines deadlines) {
        return new CaseWork(clock, deadlines);
    }
}
