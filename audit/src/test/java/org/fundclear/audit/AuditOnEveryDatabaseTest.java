package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.PERSON;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.FindingsCsv;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule and detector runs on H2 and PostgreSQL; findings are explained, reproducible and exported per spec. */
class AuditOnEveryDatabaseTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void auditsAMonthStoresCasesAndExportsFindings(DatabaseVendor vendor) throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 2000, 11));
        PatternPlanter.plant(dir, OCTOBER, 11, 2);
        try (TestDatabase db = TestDatabase.create(vendor)) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            RuleSet rules = RuleSet.defaults();
            AuditEngine engine = new AuditEngine(rules,
                    Detectors.standard(new ModelRegistry(dir.resolve("models"), Clock.systemUTC())), Clock.systemUTC());
            AuditResult result = engine.run(db.dsl(), MONTH);

            assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(result.findings()).extracting(Finding::ruleId)
                    .contains("R01", "R04", "R05", "R07", "R08", "R09", "M-RING");
            for (AuditRule rule : rules.rules()) {
                if (rule.certainty() == Certainty.DEFINITE) {
                    assertThat(keys(rule.evaluate(new AuditScope(db.dsl(), MONTH)))).as(rule.id())
                            .isEqualTo(keys(result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList()));
                }
            }
            assertThat(db.dsl().fetchCount(AUDIT_CASE)).isEqualTo(result.cases().size());
            assertThat(db.dsl().selectDistinct(AUDIT_FINDING.RULE_SET_VERSION).from(AUDIT_FINDING)
                    .fetch(AUDIT_FINDING.RULE_SET_VERSION)).containsExactly(rules.version());

            engine.run(db.dsl(), MONTH);
            assertThat(db.dsl().fetchCount(AUDIT_FINDING)).as("a re-run replaces the month")
                    .isEqualTo(result.findings().size());

            Path csv = FindingsCsv.write(db.dsl(), MONTH, dir.resolve("out"));
            List<CsvRecord> rows = new ArrayList<>();
            try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
                reader.forEach(rows::add);
            }
            assertThat(csv.getFileName().toString()).isEqualTo("findings-2026-10.csv");
            assertThat(rows.get(0).getFields()).containsExactlyElementsOf(FindingsCsv.HEADER);
            assertThat(rows).hasSize(result.findings().size() + 1);
            Set<String> names = db.dsl().select(PERSON.PSN_NAME).from(PERSON).where(PERSON.PSN_NAME.isNotNull())
                    .fetchSet(PERSON.PSN_NAME);
            for (CsvRecord row : rows.subList(1, rows.size())) {
                assertThat(row.getField(1)).isIn("PERSON", "INSTITUTION", "DOCTOR");
                assertThat(row.getField(4)).isIn("DEFINITE", "SUSPECTED");
                assertThat(row.getField(7)).isNotBlank().doesNotContain(",");
                assertThat(row.getField(8)).isNotBlank().matches(".*\\d.*");
                assertThat(names).noneMatch(name -> row.getField(8).contains(name));
            }
        }
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.subjectKey() + "=" + String.join(";", f.setlIds()) + "=" + f.volaAmt())
                .collect(Collectors.toSet());
    }
}
