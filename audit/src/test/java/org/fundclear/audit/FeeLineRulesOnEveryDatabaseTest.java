package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.DailyItemFrequencyRule;
import org.fundclear.audit.rules.DrugPossessionRatioRule;
import org.fundclear.audit.rules.ExcessDaysSupplyRule;
import org.fundclear.audit.rules.InpatientOnlyItemRule;
import org.fundclear.audit.rules.MutuallyExclusiveItemsRule;
import org.fundclear.audit.rules.PriceCapRule;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fee-line rules that the generated months never trip (R06, R10, R13, R14, R16) and R07's rolling window, each on
 * settlements written for it: a person of their own with one violation, whose finding must name exactly those
 * settlements and amount.
 */
class FeeLineRulesOnEveryDatabaseTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final CycleMonth MONTH = new CycleMonth(OCTOBER);
    private static final String CONSULTATION = "001101000010000";
    private static final String EMERGENCY_CONSULTATION = "001102000020000";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void eachFeeLineRuleFindsTheViolationWrittenForIt(DatabaseVendor vendor) throws Exception {
        try (TestDatabase db = generatedMonth(vendor)) {
            WrittenMonth month = new WrittenMonth(db.dsl());
            String drug = db.dsl().select(CATALOG_ITEM.HILIST_CODE).from(CATALOG_ITEM)
                    .where(CATALOG_ITEM.LIST_TYPE.eq("101")).orderBy(CATALOG_ITEM.HILIST_CODE).limit(1).fetchOne().value1();
            String inpatientOnly = month.catalogItem("T10INPATIENTONLY", item -> item.setOutpatientAllowed("0"));
            String capped = month.catalogItem("T16CAPPED", item -> item.setPriceCap(new BigDecimal("50.0000")));

            // R06: 30 days of a drug at a general outpatient visit (limit 7): the 23 days beyond it, 90 × 23 / 30.
            String overSupply = month.settlement("T-P06", "T-S06", 1);
            month.line(overSupply, 1, drug, "1", "90.00", 30);
            // R10: an inpatient-only item at an outpatient visit: the whole line.
            String outpatient = month.settlement("T-P10", "T-S10", 2);
            month.line(outpatient, 1, inpatientOnly, "1", "40.00", null);
            // R16: 2 × 80 against a cap of 50: the 60 above the cap.
            String overCap = month.settlement("T-P16", "T-S16", 3);
            month.line(overCap, 1, capped, "2", "80.00", null);
            // R13: the general consultation billed beside the emergency one that includes it: the general one.
            String both = month.settlement("T-P13", "T-S13", 4);
            month.line(both, 1, EMERGENCY_CONSULTATION, "1", "15.00", null);
            month.line(both, 2, CONSULTATION, "1", "10.00", null);
            // R14: two consultations at one institution on one day (limit 1): half of each line is beyond it.
            String first = month.settlement("T-P14", "T-S14A", 5);
            String second = month.settlement("T-P14", "T-S14B", 5);
            month.line(first, 1, CONSULTATION, "1", "10.00", null);
            month.line(second, 1, CONSULTATION, "1", "10.00", null);

            assertThat(ownFindings(db.dsl(), new ExcessDaysSupplyRule())).containsExactly(
                    Map.entry("T-P06", "[T-S06] 69.00"));
            assertThat(ownFindings(db.dsl(), new InpatientOnlyItemRule())).containsExactly(
                    Map.entry("T-P10", "[T-S10] 40.00"));
            assertThat(ownFindings(db.dsl(), new PriceCapRule())).containsExactly(
                    Map.entry("T-P16", "[T-S16] 60.00"));
            assertThat(ownFindings(db.dsl(), new MutuallyExclusiveItemsRule())).containsExactly(
                    Map.entry("T-P13", "[T-S13] 10.00"));
            assertThat(ownFindings(db.dsl(), new DailyItemFrequencyRule())).containsExactly(
                    Map.entry("T-P14", "[T-S14A, T-S14B] 10.00"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void possessionRatioRollsOverTheLastNinetyDays(DatabaseVendor vendor) throws Exception {
        try (TestDatabase db = generatedMonth(vendor)) {
            WrittenMonth month = new WrittenMonth(db.dsl());
            String drug = "T07DRUG";
            month.catalogItem(drug, item -> item.setListType("101"));
            // 80 days in September and 80 in October: neither month alone, but the 90 days hold 160 (limit 135).
            month.line(month.settlement("T-P07", "T-S07A", LocalDateTime.of(2026, 9, 20, 9, 0), "2026-09"), 1, drug,
                    "1", "80.00", 80);
            month.line(month.settlement("T-P07", "T-S07B", LocalDateTime.of(2026, 10, 20, 9, 0), "2026-10"), 1, drug,
                    "1", "80.00", 80);
            // Another person's 150 days: 100 before the window (it starts on 3 August), 50 inside it.
            month.line(month.settlement("T-P07OLD", "T-S07C", LocalDateTime.of(2026, 7, 1, 9, 0), "2026-07"), 1, drug,
                    "1", "100.00", 100);
            month.line(month.settlement("T-P07OLD", "T-S07D", LocalDateTime.of(2026, 10, 1, 9, 0), "2026-10"), 1, drug,
                    "1", "50.00", 50);

            AuditScope scope = new AuditScope(db.dsl(), MONTH);
            assertThat(scope.drugSupply(90).days("T-P07", drug)).isEqualTo(160);
            assertThat(scope.drugSupply(90).days("T-P07OLD", drug)).isEqualTo(50);
            // R07's amount: the share of each purchase beyond one dose a day, 80 × (160 − 90) / 160 each.
            assertThat(ownFindings(db.dsl(), new DrugPossessionRatioRule())).containsExactly(
                    Map.entry("T-P07", "[T-S07A, T-S07B] 70.00"));
        }
    }

    /** A small generated month loaded into a fresh database of the vendor. */
    private TestDatabase generatedMonth(DatabaseVendor vendor) throws Exception {
        MonthGenerator.generate(new GenerationRequest(OCTOBER, dir, 300, 5));
        TestDatabase db = TestDatabase.create(vendor);
        try {
            MonthLoader.load(db.dsl(), dir, MONTH);
            return db;
        } catch (Exception | AssertionError e) {
            db.close();
            throw e;
        }
    }

    /** The rule's findings on the persons written here ("T-…"), as evidence and amount per person. */
    private static Map<String, String> ownFindings(DSLContext dsl, AuditRule rule) {
        Map<String, String> own = new TreeMap<>();
        for (Finding f : rule.evaluate(new AuditScope(dsl, MONTH))) {
            if (f.subjectId().startsWith("T-")) {
                assertThat(f.explanation()).as(rule.id()).isNotBlank();
                own.put(f.subjectId(), f.setlIds().stream().sorted().toList() + " " + f.volaAmt().setScale(2));
            }
        }
        return own;
    }
}
