package org.fundclear.jobs.history;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fundclear.jobs.clearing.ClearJobConfiguration;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.jobs.intake.ImportJobConfiguration;
import org.fundclear.reports.history.AuditRunEntry;
import org.fundclear.reports.history.AuditRunHistory;
import org.jooq.DSLContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Every run of import, clear and audit, newest first, for {@code ./fundclear history} and the console: imports and
 * clears from Spring Batch's job repository (one row per execution, so a restarted run shows both attempts), audits
 * from {@code audit_run}.
 */
@Service
public class JobHistoryService {
    private final JobRepository jobRepository;
    private final DSLContext dsl;

    public JobHistoryService(JobRepository jobRepository, DSLContext dsl) {
        this.jobRepository = jobRepository;
        this.dsl = dsl;
    }

    /** The newest {@code limit} runs; {@code month} null for every month. */
    public List<JobRun> runs(String month, int limit) {
        List<JobRun> runs = new ArrayList<>();
        batchRuns(ImportJobConfiguration.JOB_NAME, "import", "cycleMonth", limit, runs);
        batchRuns(ClearJobConfiguration.JOB_NAME, "clear", "clearingMonth", limit, runs);
        for (AuditRunEntry a : AuditRunHistory.newestFirst(dsl, limit)) {
            String status = a.finishedAt() != null ? "COMPLETED" : "STARTED";
            runs.add(new JobRun("audit", a.month(), "", a.startedAt(), between(a.startedAt(), a.finishedAt()), status,
                    a.startedBy()));
        }
        return runs.stream().filter(r -> month == null || month.equals(r.month()))
                .sorted(Comparator.comparing(JobRun::startedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit).toList();
    }

    private void batchRuns(String jobName, String kind, String monthParameter, int limit, List<JobRun> into) {
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, limit)) {
            for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                JobParameters p = e.getJobParameters();
                String file = p.getString("file");
                into.add(new JobRun(kind, p.getString(monthParameter),
                        file == null ? "" : Path.of(file).getFileName().toString(),
                        chinaTime(e.getStartTime() != null ? e.getStartTime() : e.getCreateTime()),
                        between(e.getStartTime(), e.getEndTime()), e.getStatus().name(), p.getString("user")));
            }
        }
    }

    /** Spring Batch stamps in the JVM's zone; the product's own stamps (audit_run) are China time. */
    private static LocalDateTime chinaTime(LocalDateTime jvmLocal) {
        return jvmLocal == null ? null
                : jvmLocal.atZone(ZoneId.systemDefault()).withZoneSameInstant(FundclearConfiguration.CHINA).toLocalDateTime();
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }
}
