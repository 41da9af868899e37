package org.fundclear.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The monthly trigger lives in the JDBC job store; a firing missed while down runs once at start-up: it
 * imports, clears, audits and exports last month.
 */
class MonthlyScheduleTest {

    @Test
    void aMissedMonthlyFiringRunsOnceAtStartUpAndClearsAuditsAndExportsLastMonth(@TempDir Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        CycleMonth lastMonth = new CycleMonth(YearMonth.now(FundclearConfiguration.CHINA).minusMonths(1));
        MonthGenerator.generate(new GenerationRequest(lastMonth.value(), inbox.resolve(lastMonth.toString()), 800, 9));
        try (TestDatabase db = TestDatabase.h2();
             var context = TestApplication.start(db, Map.of("fundclear.schedule.inbox", inbox.toString(),
                     "fundclear.schedule.out", dir.resolve("out").toString(),
                     "fundclear.schedule.models", dir.resolve("models").toString()))) {
            Scheduler scheduler = context.getBean(Scheduler.class);
            TriggerKey key = TriggerKey.triggerKey(ScheduleConfiguration.JOB);
            CronTrigger configured = (CronTrigger) scheduler.getTrigger(key);
            assertThat(configured.getCronExpression()).isEqualTo("0 0 2 5 * ?");
            assertThat(configured.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("qrtz_cron_triggers"))).as("persisted").isEqualTo(1);

            // As if the application was down for the last ten minutes of an every-minute schedule.
            scheduler.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key)
                    .forJob(JobKey.jobKey(ScheduleConfiguration.JOB))
                    .startAt(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                    .withSchedule(CronScheduleBuilder.cronSchedule("0 0/5 * * * ?")
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build());
            scheduler.start();
            ClearingCycle cycle = context.getBean(ClearingCycle.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (dsl.fetchCount(org.jooq.impl.DSL.table("audit_run")) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            scheduler.standby();
            while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200); // the exports follow the audit
            }
            assertThat(cycle.periods().status(dsl, lastMonth)).isEqualTo(PeriodStatus.CLEARED);
            assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("batch_job_instance"),
                    org.jooq.impl.DSL.field("job_name").eq("clearMonth"))).as("fired once").isEqualTo(1);
            assertThat(dsl.fetchCount(org.fundclear.sql.jooq.Tables.IMPORT_FILE)).as("inbox imported").isEqualTo(8);
            assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("audit_run"))).as("audited once").isEqualTo(1);
            try (var files = java.nio.file.Files.list(dir.resolve("out"))) {
                assertThat(files.map(f -> f.getFileName().toString())).as("exports")
                        .anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.startsWith("clearing"));
            }
        }
    }
}
