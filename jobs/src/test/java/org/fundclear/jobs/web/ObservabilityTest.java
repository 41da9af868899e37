package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.audit.AuditService;
import org.fundclear.jobs.history.JobHistoryService;
import org.fundclear.jobs.history.JobRun;
import org.fundclear.sql.DatabaseVendor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's monitoring after an import, a clear and an audit: {@code /actuator/prometheus} shows job and step
 * times, rows per step, audit stage times and findings per rule, the case backlog and advance-fund usage, to an
 * ADMIN or AUDITOR only; health stays public with the database; the job history holds the three runs.
 */
class ObservabilityTest {

    private static double loadRows(MeterRegistry registry, String kind) {
        return registry.get("fundclear.step.rows").tags("job", "importFile", "step", "load", "kind", kind).counter()
                .count();
    }

    @Test
    void prometheusShowsTheRunsAndTheWorkWaiting(@TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(ConsoleFixture.FIRST, 1, dir.resolve("input"), 800, 5));
        try (var files = Files.list(dir.resolve("input").resolve(ConsoleFixture.FIRST.toString()))) {
            // one line of too few fields: a reject (E01) to count
            Path settlements = files.filter(f -> f.getFileName().toString().startsWith("settlements")).findFirst()
                    .orElseThrow();
            Files.writeString(settlements, "S-TOO-FEW,1\n", StandardOpenOption.APPEND);
        }
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir)) {
            console.importAndClear(ConsoleFixture.MONTH);
            console.context.getBean(AuditService.class).audit(ConsoleFixture.MONTH, dir.resolve("models"), 2, true,
                    "tester");
            console.user("monitor", Set.of(Role.AUDITOR), RegionScope.ALL, false);
            console.user("ins", Set.of(Role.INSPECTOR), RegionScope.ALL, false);

            console.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
            console.mvc.perform(get("/actuator/prometheus").with(httpBasic("ins", ConsoleFixture.password("ins"))))
                    .andExpect(status().isForbidden());
            String first = scrape(console);
            String metrics = scrape(console); // gauges of stages and regions appear once the first scrape has seen them
            assertThat(first).contains("fundclear_cases_overdue");
            assertThat(metrics).contains(
                    "fundclear_job_duration_seconds_count{job=\"clearMonth\",status=\"COMPLETED\"}",
                    "fundclear_job_duration_seconds_count{job=\"importFile\",status=\"COMPLETED\"}",
                    "fundclear_step_duration_seconds_count{job=\"clearMonth\",status=\"COMPLETED\",step=\"lines\"}",
                    "fundclear_step_rows_total{job=\"importFile\",kind=\"written\",step=\"load\"}",
                    "fundclear_step_rows_total{job=\"importFile\",kind=\"rejected\",step=\"load\"}",
                    "fundclear_step_rows_total{job=\"clearMonth\",kind=\"written\",step=\"lines\"}",
                    "fundclear_audit_stage_duration_seconds_count{stage=",
                    "fundclear_audit_findings_total{rule=",
                    "fundclear_cases_backlog{stage=",
                    "fundclear_advance_fund_usage{insu_admdvs=");
            assertThat(metrics).doesNotContain("psn_no", "certno");
            MeterRegistry registry = console.context.getBean(MeterRegistry.class);
            var files = console.context.getBean(DSLContext.class)
                    .select(DSL.sum(IMPORT_FILE.LOADED_COUNT), DSL.sum(IMPORT_FILE.REJECTED_COUNT)).from(IMPORT_FILE)
                    .fetchOne();
            assertThat(files.value2().longValue()).as("the line of too few fields").isEqualTo(1);
            assertThat(loadRows(registry, "written")).isEqualTo(files.value1().doubleValue());
            assertThat(loadRows(registry, "rejected")).as("each reject counted once").isEqualTo(files.value2().doubleValue());

            String health = console.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(health).contains("\"db\"", "UP");

            List<JobRun> runs = console.context.getBean(JobHistoryService.class).runs(ConsoleFixture.MONTH.toString(), 100);
            assertThat(runs).extracting(JobRun::kind).contains("import", "clear", "audit");
            assertThat(runs.get(0).kind()).as("newest first").isEqualTo("audit");
            JobRun clear = runs.stream().filter(r -> r.kind().equals("clear")).findFirst().orElseThrow();
            assertThat(Duration.between(clear.startedAt(), runs.get(0).startedAt()))
                    .as("batch and audit stamps in one time zone").isBetween(Duration.ZERO, Duration.ofMinutes(10));
            assertThat(runs).filteredOn(r -> !r.kind().equals("import")).allSatisfy(r -> {
                assertThat(r.startedBy()).isEqualTo("tester");
                assertThat(r.status()).isEqualTo("COMPLETED");
                assertThat(r.duration()).isNotNull();
            });
        }
    }

    private static String scrape(ConsoleFixture console) throws Exception {
        return console.mvc.perform(get("/actuator/prometheus").with(httpBasic("monitor", ConsoleFixture.password("monitor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
