package org.fundclear.jobs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.AUDIT_STAGE;
import static org.fundclear.sql.jooq.Tables.AUDIT_STAGE_FINDING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.AuditResult;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.finding.Finding;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContext;

/**
 * The audit job (stages as partitions, each stage's findings stored by its partition, gathered by the last step)
 * stores exactly what the engine run in one piece stores: the same findings in the same order, the same cases.
 */
public class AuditJobTest {
    public static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 9));

    @Test
    void theJobStoresWhatTheEngineInOnePieceStores(@TempDir Path dir) throws IOException {
        generate(dir, 3000, 5);
        try (TestDatabase db = TestDatabase.h2(); var context = TestApplication.start(db)) {
            importMonth(context, dir);
            DSLContext dsl = db.dsl();
            AuditResult whole = AuditCommand.engine(dir.resolve("models"), 2, StageDeadlines.defaults(), false)
                    .run(dsl, MONTH);
            Stored expected = Stored.of(dsl);
            assertThat(whole.findings()).as("a month with findings of rules and models")
                    .extracting(Finding::ruleId).contains("R01", "M-RING").anyMatch(id -> id.startsWith("M-IF"));

            AuditResult job = context.getBean(AuditService.class).audit(MONTH, dir.resolve("models"), 2, false, "t");

            assertThat(describe(job.findings())).isEqualTo(describe(whole.findings()));
            assertThat(job.cases()).hasSameSizeAs(whole.cases());
            assertThat(Stored.of(dsl)).isEqualTo(expected);
            assertThat(job.millisByStage()).containsKeys("audit_reversed", "audit_visit", "audit_item", "M-RING",
                    "R01", "store");
            assertThat(dsl.fetchCount(AUDIT_STAGE)).as("stage results forgotten once stored").isZero();
            assertThat(dsl.fetchCount(AUDIT_STAGE_FINDING)).isZero();
            assertThat(dsl.fetchCount(DSL.table("batch_step_execution"),
                    DSL.field("step_name", String.class).like("auditStagesPartition:%")))
                    .as("one partition per stage; R07 and the two person-month detectors in one, the two "
                            + "institution-cost models in one")
                    .isEqualTo(whole.millisByStage().keySet().stream().filter(k -> k.matches("R\\d+|M-.*")).count() - 3);
        }
    }

    public static void generate(Path dir, int settlements, long seed) throws IOException {
        Path monthDir = dir.resolve("in");
        MonthGenerator.generate(new GenerationRequest(MONTH.value(), monthDir, settlements, seed, Background.DEFAULT));
        PatternPlanter.plant(monthDir, MONTH.value(), seed, PlantedSubjects.perPattern(settlements));
    }

    public static void importMonth(ApplicationContext context, Path dir) {
        context.getBean(ImportService.class).importFiles(MONTH, StandardCharsets.UTF_8,
                InputFiles.expand(List.of(dir.resolve("in"))));
    }

    /** Every field of every finding, in order; amounts by value. */
    public static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> String.join("|", f.subjectType().name(), f.subjectId(), f.ruleId(),
                f.certainty().name(), Double.toString(f.score()), f.volaAmt().stripTrailingZeros().toPlainString(),
                String.join(";", f.setlIds()), Integer.toString(f.evidenceCount()), f.explanation())).toList();
    }

    /** The month's stored findings (in id order) and cases, without ids, run ids and stamps (a stage's dates too). */
    public record Stored(List<String> findings, List<String> cases) {
        public static Stored of(DSLContext dsl) {
            return new Stored(rows(dsl, AUDIT_FINDING, AUDIT_FINDING.ID), rows(dsl, AUDIT_CASE, AUDIT_CASE.ID));
        }

        private static List<String> rows(DSLContext dsl, Table<?> table, Field<Long> id) {
            List<String> rows = new ArrayList<>();
            for (Record r : dsl.selectFrom(table).orderBy(id).fetch()) {
                StringBuilder row = new StringBuilder();
                for (Field<?> f : r.fields()) {
                    String name = f.getName().toLowerCase();
                    if (name.endsWith("_at") || name.endsWith("_by") || name.startsWith("stage_") || name.equals("id")
                            || name.equals("run_id")) {
                        continue;
                    }
                    Object v = r.get(f);
                    row.append(name).append('=').append(v instanceof java.math.BigDecimal d
                            ? d.stripTrailingZeros().toPlainString() : v).append(';');
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
