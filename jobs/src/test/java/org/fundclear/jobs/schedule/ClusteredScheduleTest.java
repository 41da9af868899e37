package org.fundclear.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.jobs.FundclearApplication;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Two real scheduler processes on one PostgreSQL job store (Quartz clustered): a firing due now runs
 * once, in one of them — the month is imported, cleared, audited and exported once.
 */
class ClusteredScheduleTest {

    @Test
    void twoSchedulersOnOneJobStoreFireADueTriggerOnce(@TempDir Path dir) throws Exception {
        CycleMonth lastMonth = new CycleMonth(YearMonth.now(FundclearConfiguration.CHINA).minusMonths(1));
        Path inbox = dir.resolve("inbox");
        MonthGenerator.generate(new GenerationRequest(lastMonth.value(), inbox.resolve(lastMonth.toString()), 800, 9));
        List<Process> schedulers = new ArrayList<>();
        try (TestDatabase db = TestDatabase.postgres()) {
            for (String node : List.of("a", "b")) {
                schedulers.add(startScheduler(db, dir, node));
            }
            for (int i = 0; i < schedulers.size(); i++) {
                waitUntilRunning(schedulers.get(i), dir.resolve("scheduler-" + "ab".charAt(i) + ".log"));
            }
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(DSL.table("qrtz_scheduler_state"))).as("cluster members").isEqualTo(2);

            // A client that never starts its own scheduler makes the firing due now in the shared store.
            try (var client = TestApplication.start(db, Map.of("fundclear.schedule.inbox", inbox.toString()))) {
                Scheduler scheduler = client.getBean(Scheduler.class);
                TriggerKey key = TriggerKey.triggerKey(ScheduleConfiguration.JOB);
                scheduler.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key)
                        .forJob(JobKey.jobKey(ScheduleConfiguration.JOB)).startAt(new Date())
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withRepeatCount(0)).build());
                ClearingCycle cycle = client.getBean(ClearingCycle.class);
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (!exported(dir, lastMonth) && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                Thread.sleep(5000); // time for a second firing, were there one
                assertThat(cycle.periods().status(dsl, lastMonth)).isEqualTo(PeriodStatus.CLEARED);
            }
            assertThat(dsl.fetchCount(DSL.table("batch_job_instance"), DSL.field("job_name").eq("clearMonth")))
                    .as("cleared once").isEqualTo(1);
            assertThat(dsl.fetchCount(DSL.table("clearing_period_event"), DSL.field("to_status").eq("CLEARED")))
                    .as("one CLEARED transition").isEqualTo(1);
            assertThat(dsl.fetchCount(DSL.table("audit_run"), DSL.field("cycle_month").eq(lastMonth.toString())))
                    .as("audited once").isEqualTo(1);
            long runs = 0;
            for (String node : List.of("a", "b")) {
                runs += Files.readAllLines(dir.resolve("scheduler-" + node + ".log")).stream()
                        .filter(l -> l.contains("scheduled clearing of " + lastMonth + ": CLEARED")).count();
            }
            assertThat(runs).as("runs over both processes").isEqualTo(1);
        } finally {
            schedulers.forEach(Process::destroyForcibly);
            for (Process p : schedulers) {
                p.waitFor();
            }
        }
    }

    private static boolean exported(Path dir, CycleMonth month) throws IOException {
        Path out = dir.resolve("out");
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (var files = Files.walk(out)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".xlsx"));
        }
    }

    private static Process startScheduler(TestDatabase db, Path dir, String node) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfundclear.schedule.inbox=" + dir.resolve("inbox"), "-Dfundclear.schedule.out=" + dir.resolve("out"),
                "-Dfundclear.schedule.models=" + dir.resolve("models-" + node),
                FundclearApplication.class.getName(), "scheduler", "--db", db.url() + "?user=postgres");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("scheduler-" + node + ".log").toFile()).start();
    }

    private static void waitUntilRunning(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("scheduler ended early: " + Files.readString(log)).isTrue();
            if (Files.exists(log) && Files.readString(log).contains("Scheduler running")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("scheduler never started: " + Files.readString(log));
    }
}
