package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-month scenario across a year end and a three-month one, checked against their truth files. */
class ScenarioGeneratorTest {

    private static final int SIZE = 3000;
    private static final long SEED = 5;

    @TempDir
    static Path dir;
    static Scenario two;
    static Scenario three;

    /** A generated scenario read back: per month its files, and the truth rows. */
    record Scenario(ScenarioResult result, List<MonthTables> months, List<TestCsv.Row> truth) {

        MonthTables month(String yearMonth) {
            return months.stream().filter(m -> m.month().toString().equals(yearMonth)).findFirst().orElseThrow();
        }

        /** Which month's settlements / ledger files carry the setl_id. */
        List<YearMonth> settlementMonths(String setlId) {
            return months.stream().filter(m -> m.settlements().containsKey(setlId)).map(MonthTables::month).toList();
        }

        List<YearMonth> ledgerMonths(String setlId) {
            return months.stream().filter(m -> m.ledger().containsKey(setlId)).map(MonthTables::month).toList();
        }

        List<TestCsv.Row> truth(Planted planted) {
            return truth.stream().filter(t -> t.get("planted").equals(planted.name())).toList();
        }
    }

    record MonthTables(YearMonth month, Path dir, Map<String, TestCsv.Row> settlements,
                       Map<String, TestCsv.Row> ledger, Map<String, List<TestCsv.Row>> fees) {
    }

    @BeforeAll
    static void generate() throws IOException {
        two = load(ScenarioGenerator.generate(
                new ScenarioRequest(YearMonth.of(2025, 12), 2, dir.resolve("two"), SIZE, SEED)));
        three = load(ScenarioGenerator.generate(
                new ScenarioRequest(YearMonth.of(2026, 3), 3, dir.resolve("three"), 2000, 9)));
    }

    @Test
    void firstMonthIsByteIdenticalToAPlainMonth() throws IOException {
        GenerationResult plain = MonthGenerator.generate(
                new GenerationRequest(YearMonth.of(2025, 12), dir.resolve("plain-2025-12"), SIZE, SEED));
        List<Path> scenarioFiles = two.result().months().getFirst().generated().files();

        assertThat(scenarioFiles).hasSize(8);
        for (int i = 0; i < plain.files().size(); i++) {
            assertThat(scenarioFiles.get(i)).hasSameBinaryContentAs(plain.files().get(i));
        }
        assertThat(two.result().months().getFirst().generated()).usingRecursiveComparison().ignoringFields("files")
                .isEqualTo(plain);
    }

    @Test
    void laterMonthsStartWithThePlainMonthsRowsAndAppendTheCarryOver() throws IOException {
        GenerationResult plain = MonthGenerator.generate(
                new GenerationRequest(YearMonth.of(2026, 1), dir.resolve("plain-2026-01"), SIZE, SEED));
        ScenarioMonth second = two.result().months().get(1);
        for (int i = 0; i < 3; i++) {
            byte[] own = Files.readAllBytes(plain.files().get(i));
            byte[] whole = Files.readAllBytes(second.generated().files().get(i));
            assertThat(whole.length).isGreaterThan(own.length);
            assertThat(java.util.Arrays.copyOf(whole, own.length)).isEqualTo(own);
        }
        CarryOverCounts carried = second.carriedIn();
        assertThat(second.generated().settlements())
                .isEqualTo(plain.settlements() + carried.lateSettlements());
        assertThat(second.generated().reversals()).isEqualTo(plain.reversals() + carried.crossMonthReversals());
        assertThat(second.generated().ledgerRows())
                .isEqualTo(plain.ledgerRows() + carried.lateLedgerRows() + carried.crossMonthReversals());
        assertThat(second.generated().discrepancies()).isEqualTo(plain.discrepancies());
    }

    @Test
    void sameRequestWritesByteIdenticalFiles() throws IOException {
        ScenarioRequest request = new ScenarioRequest(YearMonth.of(2026, 3), 3, dir.resolve("again"), 2000, 9);
        ScenarioGenerator.generate(request);
        Path first = dir.resolve("three");

        List<Path> files;
        try (Stream<Path> walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
        }
        assertThat(files).hasSize(3 * 8 + 1);
        for (Path file : files) {
            assertThat(request.outDir().resolve(file)).as(file.toString()).hasSameBinaryContentAs(first.resolve(file));
        }
    }

    @Test
    void truthCountsAreTheResultsCounts() {
        for (Scenario s : List.of(two, three)) {
            List<ScenarioMonth> months = s.result().months();
            assertThat(months.getFirst().carriedIn()).isEqualTo(CarryOverCounts.NONE);
            for (int k = 0; k < months.size(); k++) {
                YearMonth month = months.get(k).month();
                Map<Planted, Long> planted = plantedIn(s, month);
                DiscrepancyCounts d = months.get(k).generated().discrepancies();
                assertThat(planted.get(Planted.MISSING_IN_LEDGER_RESOLVED) + planted.get(Planted.MISSING_IN_LEDGER_HELD))
                        .isEqualTo(d.missingInLedger());
                assertThat(planted.get(Planted.MISSING_IN_SETTLEMENTS_RESOLVED)
                        + planted.get(Planted.MISSING_IN_SETTLEMENTS_HELD)).isEqualTo(d.missingInSettlements());
                assertThat(planted.get(Planted.AMOUNT_MISMATCH_HELD)).isEqualTo(d.amountMismatch());
                assertThat(planted.get(Planted.CROSS_MONTH_REVERSAL))
                        .isEqualTo(months.get(k).carriedIn().crossMonthReversals());
                if (k + 1 < months.size()) {
                    assertThat(months.get(k + 1).carriedIn()).isEqualTo(new CarryOverCounts(
                            planted.get(Planted.MISSING_IN_LEDGER_RESOLVED),
                            planted.get(Planted.MISSING_IN_SETTLEMENTS_RESOLVED),
                            plantedIn(s, month.plusMonths(1)).get(Planted.CROSS_MONTH_REVERSAL),
                            planted.get(Planted.MISSING_IN_LEDGER_HELD),
                            planted.get(Planted.MISSING_IN_SETTLEMENTS_HELD),
                            planted.get(Planted.AMOUNT_MISMATCH_HELD)));
                    // One in five missing items is held, the rest resolved next month.
                    assertThat(planted.get(Planted.MISSING_IN_LEDGER_HELD))
                            .isBetween(d.missingInLedger() / 5, d.missingInLedger() / 5 + 1);
                    assertThat(planted.get(Planted.MISSING_IN_SETTLEMENTS_HELD))
                            .isBetween(d.missingInSettlements() / 5, d.missingInSettlements() / 5 + 1);
                    assertThat(planted.get(Planted.MISSING_IN_LEDGER_RESOLVED)).isPositive();
                    assertThat(planted.get(Planted.MISSING_IN_SETTLEMENTS_RESOLVED)).isPositive();
                    long reversed = months.get(k + 1).carriedIn().crossMonthReversals();
                    long normal = months.get(k).generated().settlements();
                    assertThat(reversed).isBetween(normal / 200, normal * 2 / 100);
                } else {
                    // Nothing follows the last month, so its open items stay held.
                    assertThat(planted.get(Planted.MISSING_IN_LEDGER_RESOLVED)).isZero();
                    assertThat(planted.get(Planted.MISSING_IN_SETTLEMENTS_RESOLVED)).isZero();
                }
            }
        }
    }

    @Test
    void missingInLedgerRowsPointAtTheirSettlementAndLateLedgerRow() {
        for (Scenario s : List.of(two, three)) {
            for (TestCsv.Row t : s.truth(Planted.MISSING_IN_LEDGER_RESOLVED)) {
                String id = t.get("setl_id");
                YearMonth monthFile = YearMonth.parse(t.get("month_file"));
                YearMonth cycle = YearMonth.parse(t.get("expected_first_matched_cycle"));
                assertThat(cycle).isEqualTo(monthFile.plusMonths(1));
                assertThat(s.settlementMonths(id)).containsExactly(monthFile);
                assertThat(s.ledgerMonths(id)).containsExactly(cycle);
                TestCsv.Row settlement = s.month(monthFile.toString()).settlements().get(id);
                TestCsv.Row late = s.month(cycle.toString()).ledger().get(id);
                assertThat(CycleReconciliation.sameAmounts(settlement, late)).as(id).isTrue();
                assertThat(late.get("setl_time")).isEqualTo(settlement.get("setl_time"));
                assertThat(late.get("psn_no")).isEqualTo(settlement.get("psn_no"));
            }
            for (TestCsv.Row t : s.truth(Planted.MISSING_IN_LEDGER_HELD)) {
                assertThat(t.get("expected_first_matched_cycle")).isEmpty();
                assertThat(s.settlementMonths(t.get("setl_id"))).containsExactly(YearMonth.parse(t.get("month_file")));
                assertThat(s.ledgerMonths(t.get("setl_id"))).isEmpty();
            }
        }
    }

    @Test
    void missingInSettlementsRowsPointAtTheirLedgerRowAndLateSettlement() {
        for (Scenario s : List.of(two, three)) {
            for (TestCsv.Row t : s.truth(Planted.MISSING_IN_SETTLEMENTS_RESOLVED)) {
                String id = t.get("setl_id");
                YearMonth monthFile = YearMonth.parse(t.get("month_file"));
                YearMonth cycle = YearMonth.parse(t.get("expected_first_matched_cycle"));
                assertThat(cycle).isEqualTo(monthFile.plusMonths(1));
                assertThat(s.ledgerMonths(id)).containsExactly(monthFile);
                assertThat(s.settlementMonths(id)).containsExactly(cycle);
                TestCsv.Row late = s.month(cycle.toString()).settlements().get(id);
                TestCsv.Row ledger = s.month(monthFile.toString()).ledger().get(id);
                assertThat(CycleReconciliation.sameAmounts(late, ledger)).as(id).isTrue();
                assertThat(late.get("setl_time")).isEqualTo(ledger.get("setl_time")).startsWith(monthFile.toString());
                assertThat(late.get("refd_setl_flag")).isEqualTo("0");
                // The late settlement brings its fee lines along, into the month that loads it.
                assertThat(s.month(monthFile.toString()).fees()).doesNotContainKey(id);
                if (!late.get("med_type").equals("21")) {
                    BigDecimal lines = s.month(cycle.toString()).fees().get(id).stream()
                            .map(l -> new BigDecimal(l.get("det_item_fee_sumamt")))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(lines).isEqualByComparingTo(late.get("medfee_sumamt"));
                }
            }
            for (TestCsv.Row t : s.truth(Planted.MISSING_IN_SETTLEMENTS_HELD)) {
                assertThat(t.get("expected_first_matched_cycle")).isEmpty();
                assertThat(s.ledgerMonths(t.get("setl_id"))).containsExactly(YearMonth.parse(t.get("month_file")));
                assertThat(s.settlementMonths(t.get("setl_id"))).isEmpty();
            }
        }
    }

    @Test
    void amountMismatchesStayInTheirMonth() {
        for (Scenario s : List.of(two, three)) {
            assertThat(s.truth(Planted.AMOUNT_MISMATCH_HELD)).isNotEmpty();
            for (TestCsv.Row t : s.truth(Planted.AMOUNT_MISMATCH_HELD)) {
                String id = t.get("setl_id");
                MonthTables month = s.month(t.get("month_file"));
                assertThat(t.get("expected_first_matched_cycle")).isEmpty();
                assertThat(s.settlementMonths(id)).containsExactly(month.month());
                assertThat(s.ledgerMonths(id)).containsExactly(month.month());
                assertThat(CycleReconciliation.sameAmounts(month.settlements().get(id), month.ledger().get(id)))
                        .isFalse();
            }
        }
    }

    @Test
    void crossMonthReversalsNegateTheirMatchedOriginalOnBothSides() {
        for (Scenario s : List.of(two, three)) {
            assertThat(s.truth(Planted.CROSS_MONTH_REVERSAL)).isNotEmpty();
            Set<String> originals = new HashSet<>();
            for (TestCsv.Row t : s.truth(Planted.CROSS_MONTH_REVERSAL)) {
                String id = t.get("setl_id");
                MonthTables month = s.month(t.get("month_file"));
                MonthTables previous = s.month(month.month().minusMonths(1).toString());
                assertThat(t.get("expected_first_matched_cycle")).isEqualTo(t.get("month_file"));
                assertThat(id).startsWith("S" + month.month().toString().replace("-", ""));
                assertThat(s.settlementMonths(id)).containsExactly(month.month());
                assertThat(s.ledgerMonths(id)).containsExactly(month.month());

                TestCsv.Row reversal = month.settlements().get(id);
                TestCsv.Row original = previous.settlements().get(reversal.get("init_setl_id"));
                assertThat(original).as(id).isNotNull();
                assertThat(originals.add(original.get("setl_id"))).as("reversed once").isTrue();
                assertThat(reversal.get("refd_setl_flag")).isEqualTo("1");
                assertThat(original.get("refd_setl_flag")).isEqualTo("0");
                assertThat(YearMonth.from(time(reversal))).isEqualTo(month.month());
                for (String amount : SpecRules.AMOUNTS) {
                    assertThat(SpecRules.amount(reversal.get(amount)))
                            .as(id + " " + amount).isEqualByComparingTo(SpecRules.amount(original.get(amount)).negate());
                }
                for (String same : List.of("mdtrt_id", "psn_no", "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code",
                        "med_type", "insutype")) {
                    assertThat(reversal.get(same)).isEqualTo(original.get(same));
                }
                assertThat(month.fees()).doesNotContainKey(id);

                TestCsv.Row originalLedger = previous.ledger().get(original.get("setl_id"));
                TestCsv.Row reversalLedger = month.ledger().get(id);
                assertThat(CycleReconciliation.sameAmounts(original, originalLedger)).as("original matched").isTrue();
                assertThat(CycleReconciliation.sameAmounts(reversal, reversalLedger)).isTrue();
                for (String amount : CycleReconciliation.COMPARED_AMOUNTS) {
                    assertThat(new BigDecimal(reversalLedger.get(amount)))
                            .isEqualByComparingTo(new BigDecimal(originalLedger.get(amount)).negate());
                }
                // Nothing in the original's own month reversed it already.
                assertThat(previous.settlements().values())
                        .noneMatch(r -> r.get("init_setl_id").equals(original.get("setl_id")));
            }
        }
    }

    @Test
    void reconcilingCycleByCycleMatchesTheTruth() {
        for (Scenario s : List.of(two, three)) {
            CycleReconciliation reconciliation = new CycleReconciliation();
            for (MonthTables m : s.months()) {
                reconciliation.cycle(m.month(), TestCsv.read(m.dir().resolve("settlements-" + m.month() + ".csv")),
                        TestCsv.read(m.dir().resolve("ledger-" + m.month() + ".csv")));
            }
            Map<String, TestCsv.Row> truthById = new HashMap<>();
            for (TestCsv.Row t : s.truth()) {
                assertThat(truthById.put(t.get("setl_id"), t)).as("one truth row per setl_id").isNull();
                String expected = t.get("expected_first_matched_cycle");
                YearMonth matched = reconciliation.firstMatched(t.get("setl_id"));
                assertThat(matched == null ? "" : matched.toString()).as(t.get("setl_id")).isEqualTo(expected);
                CycleReconciliation.FirstSeen seen = reconciliation.firstSeen().get(t.get("setl_id"));
                assertThat(seen.cycle()).hasToString(t.get("month_file"));
                assertThat(seen.status()).isEqualTo(switch (Planted.valueOf(t.get("planted"))) {
                    case MISSING_IN_LEDGER_RESOLVED, MISSING_IN_LEDGER_HELD -> "MISSING_IN_LEDGER";
                    case MISSING_IN_SETTLEMENTS_RESOLVED, MISSING_IN_SETTLEMENTS_HELD -> "MISSING_IN_SETTLEMENTS";
                    case AMOUNT_MISMATCH_HELD -> "AMOUNT_MISMATCH";
                    case CROSS_MONTH_REVERSAL -> "MATCHED";
                });
            }
            // Every item that did not match in its first cycle is in the truth file.
            reconciliation.firstSeen().forEach((id, seen) -> {
                if (!seen.status().equals("MATCHED")) {
                    assertThat(truthById).as(id).containsKey(id);
                }
            });
        }
    }

    @Test
    void everyRowPassesTheSpecRules() {
        for (Scenario s : List.of(two, three)) {
            SpecRules.Settlements rules = new SpecRules.Settlements(s.months().getFirst().month());
            for (MonthTables m : s.months()) {
                rules.startCycle(m.month());
                for (TestCsv.Row row : TestCsv.read(m.dir().resolve("settlements-" + m.month() + ".csv")).rows()) {
                    assertThat(rules.check(row)).as("%s settlements line %d", m.month(), row.line()).isEmpty();
                }
                for (TestCsv.Row row : TestCsv.read(m.dir().resolve("ledger-" + m.month() + ".csv")).rows()) {
                    assertThat(SpecRules.checkLedger(row)).as("%s ledger line %d", m.month(), row.line()).isEmpty();
                }
                for (List<TestCsv.Row> lines : m.fees().values()) {
                    for (TestCsv.Row line : lines) {
                        assertThat(SpecRules.checkFee(line)).as("%s fees line %d", m.month(), line.line()).isEmpty();
                        assertThat(m.settlements()).containsKey(line.get("setl_id"));
                    }
                }
            }
        }
    }

    @Test
    void referenceFilesGrowAndCoverEverySettlement() {
        for (Scenario s : List.of(two, three)) {
            for (int k = 0; k < s.months().size(); k++) {
                MonthTables m = s.months().get(k);
                Map<String, TestCsv.Row> persons = TestCsv.read(m.dir().resolve("persons.csv")).byKey("psn_no");
                Map<String, List<TestCsv.Row>> filings = groupBy(TestCsv.read(m.dir().resolve("filings.csv")), "psn_no");
                for (TestCsv.Row row : m.settlements().values()) {
                    assertThat(persons).containsKey(row.get("psn_no"));
                    LocalDate day = time(row).toLocalDate();
                    LocalDate begin = row.get("begndate").isEmpty() ? day : LocalDate.parse(row.get("begndate"));
                    List<TestCsv.Row> own = filings.getOrDefault(row.get("psn_no"), List.of());
                    if (!own.isEmpty()) {
                        assertThat(own).as("filing of %s on %s", row.get("setl_id"), day).anyMatch(f ->
                                !LocalDate.parse(f.get("begndate")).isAfter(begin)
                                        && (f.get("enddate").isEmpty() || !LocalDate.parse(f.get("enddate")).isBefore(day)));
                    }
                }
                if (k == 0) {
                    continue;
                }
                MonthTables previous = s.months().get(k - 1);
                for (String file : List.of("regions.csv", "institutions.csv", "catalog.csv")) {
                    assertThat(m.dir().resolve(file)).hasSameBinaryContentAs(previous.dir().resolve(file));
                }
                Map<String, List<String>> personFields = new HashMap<>();
                persons.forEach((psnNo, row) -> personFields.put(psnNo, row.fields()));
                assertThat(personFields).containsAllEntriesOf(previousPersons(previous, persons));
                assertThat(TestCsv.read(m.dir().resolve("filings.csv")).rows()).extracting(TestCsv.Row::fields)
                        .containsAll(TestCsv.read(previous.dir().resolve("filings.csv")).rows().stream()
                                .map(TestCsv.Row::fields).toList());
            }
        }
    }

    @Test
    void requestsNeedAtLeastOneMonth() {
        assertThatThrownBy(() -> new ScenarioRequest(YearMonth.of(2026, 1), 0, dir, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioRequest(YearMonth.of(2020, 12), 2, dir, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The previous month's persons, each as this month lists them if only a death became known since. */
    private static Map<String, List<String>> previousPersons(MonthTables previous, Map<String, TestCsv.Row> now) {
        Map<String, List<String>> expected = new HashMap<>();
        for (TestCsv.Row p : TestCsv.read(previous.dir().resolve("persons.csv")).rows()) {
            TestCsv.Row later = now.get(p.get("psn_no"));
            boolean deathNowKnown = later != null && p.get("death_date").isEmpty()
                    && !later.get("death_date").isEmpty();
            expected.put(p.get("psn_no"), deathNowKnown ? withDeath(p, later.get("death_date")) : p.fields());
        }
        return expected;
    }

    private static List<String> withDeath(TestCsv.Row person, String deathDate) {
        List<String> fields = new ArrayList<>(person.fields());
        fields.set(person.header().indexOf("death_date"), deathDate);
        return fields;
    }

    private static Map<Planted, Long> plantedIn(Scenario s, YearMonth month) {
        Map<Planted, Long> counts = new EnumMap<>(Planted.class);
        for (Planted p : Planted.values()) {
            counts.put(p, 0L);
        }
        s.truth().stream().filter(t -> t.get("month_file").equals(month.toString()))
                .forEach(t -> counts.merge(Planted.valueOf(t.get("planted")), 1L, Long::sum));
        return counts;
    }

    private static Scenario load(ScenarioResult result) {
        List<MonthTables> months = new ArrayList<>();
        for (ScenarioMonth m : result.months()) {
            List<Path> files = m.generated().files();
            months.add(new MonthTables(m.month(), files.getFirst().getParent(),
                    TestCsv.read(files.get(0)).byKey("setl_id"), TestCsv.read(files.get(1)).byKey("setl_id"),
                    groupBy(TestCsv.read(files.get(2)), "setl_id")));
        }
        TestCsv.Table truth = TestCsv.read(result.truthFile());
        assertThat(truth.header()).containsExactly("setl_id", "month_file", "planted", "expected_first_matched_cycle");
        return new Scenario(result, months, truth.rows());
    }

    private static Map<String, List<TestCsv.Row>> groupBy(TestCsv.Table table, String column) {
        Map<String, List<TestCsv.Row>> map = new HashMap<>();
        for (TestCsv.Row row : table.rows()) {
            map.computeIfAbsent(row.get(column), k -> new ArrayList<>()).add(row);
        }
        return map;
    }

    private static LocalDateTime time(TestCsv.Row row) {
        return LocalDateTime.parse(row.get("setl_time"), SpecRules.TIME);
    }
}
