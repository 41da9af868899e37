package org.fundclear.jobs.finance;

import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Every run of import, clear and audit, newest first: the Spring Batch executions with their parameters and the
 * audit runs. Who started a clear is its {@code user} parameter; imports and audit runs do not record it.
 */
@Service
public class RunHistory {
    public record Run(String job, String parameters, String status, LocalDateTime start, LocalDateTime end, String user) {
        public String duration() {
            if (start == null || end == null) {
                return "";
            }
            Duration d = Duration.between(start, end);
            return d.toMinutes() > 0 ? d.toMinutes() + " 分 " + d.toSecondsPart() + " 秒"
                    : d.toSecondsPart() + "." + d.toMillisPart() / 100 + " 秒";
        }
    }

    private final DSLContext dsl;

    public RunHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Run> runs(int limit) {
        Map<Long, Map<String, String>> params = new LinkedHashMap<>();
        var executions = dsl.fetch("""
                SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                ORDER BY e.JOB_EXECUTION_ID DESC""");
        var ids = executions.stream().limit(limit).map(r -> r.get(0, Long.class)).toList();
        if (!ids.isEmpty()) {
            dsl.fetch("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                            + "WHERE JOB_EXECUTION_ID BETWEEN ? AND ? ORDER BY PARAMETER_NAME",
                    ids.getLast(), ids.getFirst())
                    .forEach(r -> params.computeIfAbsent(r.get(0, Long.class), k -> new LinkedHashMap<>())
                            .put(r.get(1, String.class), r.get(2, String.class)));
        }
        List<Run> runs = new ArrayList<>();
        executions.stream().limit(limit).forEach(r -> {
            Map<String, String> p = new LinkedHashMap<>(params.getOrDefault(r.get(0, Long.class), Map.of()));
            String user = p.remove("user");
            p.computeIfPresent("file", (k, v) -> v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1));
            p.remove("checksum");
            runs.add(new Run(r.get(1, String.class), p.toString(), r.get(2, String.class),
                    r.get(3, LocalDateTime.class), r.get(4, LocalDateTime.class), user));
        });
        dsl.selectFrom(AUDIT_RUN).orderBy(AUDIT_RUN.ID.desc()).limit(limit).forEach(a -> runs.add(new Run("audit",
                "{cycleMonth=" + a.getCycleMonth() + ", rules=" + a.getRuleSetVersion() + "}",
                a.getFinishedAt() == null ? "STARTED" : "COMPLETED（" + a.getFindingCount() + " 个疑点）",
                a.getStartedAt(), a.getFinishedAt(), null)));
        runs.sort(Comparator.comparing(Run::start, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs.stream().limit(limit).toList();
    }
}
