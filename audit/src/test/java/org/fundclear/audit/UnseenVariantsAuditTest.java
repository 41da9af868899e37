package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.model.Detector;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.DrugPossessionRatioRule;
import org.fundclear.audit.rules.MonthlyVisitFrequencyRule;
import org.fundclear.audit.rules.SameDayMultiInstitutionRule;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: the detectors must find pattern variants the generator does not make, through behaviour and peer
 * comparison rather than thresholds fitted to it. Two variants are written here into a generated 10,000-settlement
 * month (H2), each kept under the rules that would name it, so only a model can find them:
 * <ul>
 *   <li>doctor shopping spread over the month: 11 general visits at 9 hospitals and clinics, never two on one day
 *       (R01 needs 3 institutions on a day, R02 more than 15 visits);</li>
 *   <li>split pharmacy buying: 9 purchases of a 10-day supply at 7 pharmacies, 90 days of the drug in the month
 *       (R07 needs more than 135 in 90 days).</li>
 * </ul>
 */
class UnseenVariantsAuditTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);
    private static final int PERSONS = 5;

    @TempDir
    Path dir;

    @Test
    void modelsFindVariantsTheGeneratorNeverPlants() throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 10_000, 7));
        try (TestDatabase db = TestDatabase.h2()) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            WrittenMonth month = new WrittenMonth(db.dsl());
            List<String> clinics = institutions(db.dsl(), Set.of("HOSPITAL", "CLINIC"), 9);
            List<String> pharmacies = institutions(db.dsl(), Set.of("PHARMACY"), 7);
            String drug = db.dsl().select(CATALOG_ITEM.HILIST_CODE).from(CATALOG_ITEM)
                    .where(CATALOG_ITEM.LIST_TYPE.eq("101")).orderBy(CATALOG_ITEM.HILIST_CODE).limit(1).fetchOne().value1();
            List<String> shoppers = new ArrayList<>();
            List<String> splitters = new ArrayList<>();
            for (int p = 1; p <= PERSONS; p++) {
                String shopper = "V-SHOP-" + p;
                shoppers.add(shopper);
                for (int visit = 0; visit < 11; visit++) {
                    month.settlementAt(clinics.get((visit + p) % clinics.size()), "11", shopper,
                            shopper + "-" + visit, LocalDateTime.of(2026, 10, 1 + 2 * visit, 9 + p, 0));
                }
                String splitter = "V-SPLIT-" + p;
                splitters.add(splitter);
                for (int purchase = 0; purchase < 9; purchase++) {
                    String setlId = month.settlementAt(pharmacies.get((purchase + p) % pharmacies.size()), "41",
                            splitter, splitter + "-" + purchase, LocalDateTime.of(2026, 10, 2 + 3 * purchase, 15, p));
                    month.line(setlId, 1, drug, "1", "60.00", 10);
                }
            }

            AuditScope scope = new AuditScope(db.dsl(), MONTH);
            List<Detector> detectors = Detectors.standard(new ModelRegistry(dir.resolve("models"), Clock.systemUTC()));
            assertThat(flagged(detector(detectors, "M-IF-SHOPPING").detect(scope), shoppers))
                    .as("spread-out doctor shopping").hasSizeGreaterThanOrEqualTo(4);
            assertThat(flagged(detector(detectors, "M-IF-PHARMACY").detect(scope), splitters))
                    .as("split pharmacy buying").hasSizeGreaterThanOrEqualTo(4);
            for (AuditRule rule : List.of(new SameDayMultiInstitutionRule(), new MonthlyVisitFrequencyRule())) {
                assertThat(flagged(rule.evaluate(scope), shoppers)).as(rule.id() + " stays silent").isEmpty();
            }
            assertThat(flagged(new DrugPossessionRatioRule().evaluate(scope), splitters)).as("R07 stays silent").isEmpty();
        }
    }

    private static List<String> institutions(DSLContext dsl, Set<String> kinds, int count) {
        List<String> codes = dsl.select(INSTITUTION.FIXMEDINS_CODE).from(INSTITUTION).where(INSTITUTION.KIND.in(kinds))
                .orderBy(INSTITUTION.FIXMEDINS_CODE).limit(count).fetch(INSTITUTION.FIXMEDINS_CODE);
        assertThat(codes).hasSize(count);
        return codes;
    }

    private static Detector detector(List<Detector> detectors, String id) {
        return detectors.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> flagged(List<Finding> findings, List<String> persons) {
        return findings.stream().map(Finding::subjectId).filter(persons::contains).collect(Collectors.toSet());
    }
}
