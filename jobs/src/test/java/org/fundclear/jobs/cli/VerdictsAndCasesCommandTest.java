package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.casework.CasesCsv;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.clearing.cycle.ClearingAdjustments;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.audit.AuditCommand;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.jooq.tables.records.AuditCaseRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./fundclear verdicts} and {@code ./fundclear cases} as an operator runs them: only a supervisor's file is
 * applied, a bad row is reported with its line while the other cases apply, a second run repeats nothing, and
 * cases-YYYY-MM.csv shows the decisions in the queue's order.
 */
class VerdictsAndCasesCommandTest {
    private static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 9));

    @Test
    void aSupervisorsFileIsAppliedOnceAndTheQueueShowsIt(@TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(MONTH.value(), 1, dir, 1500, 9));
        try (TestDatabase db = TestDatabase.h2()) {
            try (var context = TestApplication.start(db)) {
                context.getBean(ImportService.class).importFiles(MONTH, StandardCharsets.UTF_8,
                        InputFiles.expand(List.of(dir.resolve(MONTH.toString()))));
                context.getBean(ClearService.class).clear(MONTH, "tester");
                AuditCommand.engine(dir.resolve("models"), 2, context.getBean(StageDeadlines.class), true)
                        .run(db.dsl(), MONTH);
            }
            String url = db.url();
            assertThat(CliRun.of("supervisor-password-1\n", "user", "add", "sup", "--role", "SUPERVISOR", "--db", url)
                    .code()).isZero();
            assertThat(CliRun.of("inspector-password-1\n", "user", "add", "ins", "--role", "INSPECTOR", "--db", url)
                    .code()).isZero();
            DSLContext dsl = db.dsl();
            List<AuditCaseRecord> cases = dsl.selectFrom(AUDIT_CASE).where(AUDIT_CASE.SUBJECT_TYPE.eq("PERSON"))
                    .and(AUDIT_CASE.FINDING_COUNT.gt(0L)).orderBy(AUDIT_CASE.ID).fetch();
            AuditCaseRecord dismissed = cases.get(0);
            AuditCaseRecord confirmed = null;
            String setlId = null;
            for (AuditCaseRecord c : cases.subList(1, cases.size())) {
                setlId = dsl.select(SETTLEMENT.SETL_ID).from(SETTLEMENT).where(SETTLEMENT.PSN_NO.eq(c.getSubjectId()))
                        .and(SETTLEMENT.REFD_SETL_FLAG.eq("0")).fetch(SETTLEMENT.SETL_ID).stream()
                        .filter(s -> ClearingAdjustments.payment(dsl, s).map(p -> p.cleared() && !p.reversed()
                                && p.deductible().signum() > 0).orElse(false)).findFirst().orElse(null);
                if (setlId != null) {
                    confirmed = c;
                    break;
                }
            }
            assertThat(confirmed).as("a person case with a cleared settlement").isNotNull();
            AuditCaseRecord bad = cases.get(cases.size() - 1);
            Path file = dir.resolve("专项检查.csv");
            Files.writeString(file, "subject_type,subject_id,verdict,reason_code,setl_id,deduction_amt,comment\n"
                    + "PERSON," + dismissed.getSubjectId() + ",DISMISSED,N01,,,诊疗合理\n"
                    + "PERSON," + confirmed.getSubjectId() + ",CONFIRMED,,\"" + setlId + "\",0.01,\n"
                    + "PERSON," + bad.getSubjectId() + ",DISMISSED,N07,,,\n");

            CliRun notSupervisor = CliRun.of("", "verdicts", "--month", "2026-09", "--user", "ins", "--db", url,
                    file.toString());
            assertThat(notSupervisor.code()).isEqualTo(2);
            assertThat(notSupervisor.err()).contains("does not hold the SUPERVISOR role").doesNotContain("Exception");

            CliRun first = CliRun.of("", "verdicts", "--month", "2026-09", "--user", "sup", "--db", url, file.toString());
            assertThat(first.code()).as(first.out() + first.err()).isEqualTo(1);
            assertThat(first.out()).contains("2 cases decided from 2 rows").contains("1 rows rejected")
                    .containsPattern("专项检查.csv +4 ").contains("N01–N05");
            CliRun again = CliRun.of("", "verdicts", "--month", "2026-09", "--user", "sup", "--db", url, file.toString());
            assertThat(again.out()).contains("0 cases decided").contains("2 rows repeated");
            assertThat(dsl.fetchCount(CLEARING_ADJUSTMENT)).as("the deduction is posted once").isEqualTo(1);

            Path out = dir.resolve("out");
            assertThat(CliRun.of("", "cases", "--month", "2026-09", "--out", out.toString(), "--db", url).code()).isZero();
            List<NamedCsvRecord> rows = new ArrayList<>();
            try (var reader = CsvReader.builder().ofNamedCsvRecord(out.resolve("cases-2026-09.csv"))) {
                reader.forEach(rows::add);
            }
            assertThat(rows.get(0).getHeader()).containsExactlyElementsOf(CasesCsv.HEADER);
            assertThat(rows).extracting(r -> Integer.parseInt(r.getField("rank")))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
            assertThat(status(rows, dismissed.getId())).isEqualTo("DISMISSED");
            assertThat(status(rows, confirmed.getId())).isEqualTo("CONFIRMED");
            assertThat(status(rows, bad.getId())).isEqualTo("NEW");
            assertThat(rows.stream().filter(r -> r.getField("case_id").equals(bad.getId().toString())).findFirst()
                    .orElseThrow().getField("stage_due")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    private static String status(List<NamedCsvRecord> rows, long caseId) {
        return rows.stream().filter(r -> r.getField("case_id").equals(String.valueOf(caseId))).findFirst()
                .orElseThrow().getField("status");
    }
}
