package org.fundclear.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.jobs.partition.RemotePartitionsTest.BROKER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.fundclear.audit.AuditResult;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.audit.AuditJobTest;
import org.fundclear.jobs.audit.AuditService;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's stages partitioned over RabbitMQ to two worker processes on PostgreSQL, one of them killed (kill -9)
 * inside a partition: the broker hands its request to the other worker, and the run stores exactly the findings and
 * cases of an audit in one process. Skipped without a broker, as {@link RemotePartitionsTest}.
 */
class RemoteAuditTest {
    private static final Pattern HOLDING = Pattern.compile("holding (auditStagesPartition:\\S+) open");

    @Test
    void workersAuditAsOneProcessDoesAndAKilledWorkersStagesAreRedone(@TempDir Path dir) throws Exception {
        RemotePartitionsTest.assumeBroker();
        AuditJobTest.generate(dir, 2000, 7);
        String queue = "fundclear.test." + UUID.randomUUID();
        List<Process> workers = new ArrayList<>();
        try (TestDatabase single = TestDatabase.postgres(); TestDatabase remote = TestDatabase.postgres()) {
            AuditJobTest.Stored expected;
            AuditResult one;
            try (var context = TestApplication.start(single)) {
                AuditJobTest.importMonth(context, dir);
                one = audit(context);
                expected = AuditJobTest.Stored.of(single.dsl());
            }
            assertThat(expected.findings()).as("a month with findings").hasSizeGreaterThan(20);

            try (var manager = TestApplication.start(remote, Map.of("fundclear.broker.url", BROKER,
                    "fundclear.broker.queue", queue, "fundclear.broker.poll-ms", 200))) {
                AuditJobTest.importMonth(manager, dir);
                // worker a holds the first partition it takes (work done, not committed) and is killed with -9
                Process a = RemotePartitionsTest.startWorker(remote, dir, queue, "a",
                        "-Dfundclear.audit.pause-stage=*", "-Dfundclear.audit.pause-ms=600000");
                Process b = RemotePartitionsTest.startWorker(remote, dir, queue, "b");
                workers.addAll(List.of(a, b));
                RemotePartitionsTest.waitUntilRunning(a, dir.resolve("worker-a.out"));
                RemotePartitionsTest.waitUntilRunning(b, dir.resolve("worker-b.out"));
                CompletableFuture<AuditResult> auditing = CompletableFuture.supplyAsync(() -> audit(manager));
                String killed = RemotePartitionsTest.waitForHolding(a, dir.resolve("worker-a.out"), HOLDING, auditing);
                a.destroyForcibly().waitFor();
                AuditResult result = auditing.get(5, TimeUnit.MINUTES);

                assertThat(AuditJobTest.describe(result.findings())).isEqualTo(AuditJobTest.describe(one.findings()));
                assertThat(AuditJobTest.Stored.of(remote.dsl())).as("after a worker was killed").isEqualTo(expected);
                assertThat(RemotePartitionsTest.partitionStatus(remote.dsl(), killed)).as(killed).isEqualTo("COMPLETED");
                assertThat(Files.readString(dir.resolve("worker-b.log"))).as("redone by worker b")
                        .contains(killed + " of run " + result.runId());
            }
        } finally {
            for (Process p : workers) {
                p.destroyForcibly().waitFor();
            }
            RemotePartitionsTest.deleteQueue(queue);
        }
    }

    private static AuditResult audit(org.springframework.context.ApplicationContext context) {
        return context.getBean(AuditService.class).audit(AuditJobTest.MONTH, Path.of("target", "remote-audit-models"),
                2, false, "t");
    }
}
