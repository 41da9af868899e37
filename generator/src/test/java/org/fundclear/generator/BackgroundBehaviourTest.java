package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated population behaves like ordinary insured people, so the audit rules have nothing to find in it
 * (only PatternPlanter's subjects should be flagged): one visit a day, usual providers, no stockpiling, no repeated
 * daily-limit or spaced items, filings for cross-province care. Three consecutive months, so intervals are also
 * checked across month ends.
 */
class BackgroundBehaviourTest {

    private static final Set<String> OUTPATIENT = Set.of("11", "13", "14", "41");
    private static final String CONSULTATION = "001101000010000";
    private static final String EMERGENCY_CONSULTATION = "001102000020000";
    private static final Set<String> DAILY_LIMIT = Set.of(CONSULTATION, EMERGENCY_CONSULTATION, "002203010010000",
            "002204010010000", "002503030120000");
    private static final Map<String, Integer> MIN_GAP_DAYS = Map.of(
            "002503030120000", 28, "002203010010000", 14, "002204010010000", 14);

    @TempDir
    static Path dir;
    static final List<Month> months = new ArrayList<>();

    /** @param settlements normal rows (no reversals), the carried-over ones of the month before included */
    record Month(YearMonth month, List<TestCsv.Row> settlements, Map<String, List<TestCsv.Row>> lines, Path dir) {
    }

    @BeforeAll
    static void generate() throws IOException {
        ScenarioResult result = ScenarioGenerator.generate(
                new ScenarioRequest(YearMonth.of(2026, 1), 3, dir, 15_000, 17));
        for (ScenarioMonth m : result.months()) {
            List<Path> files = m.generated().files();
            List<TestCsv.Row> normal = TestCsv.read(files.get(0)).rows().stream()
                    .filter(r -> r.get("refd_setl_flag").equals("0")).toList();
            Map<String, List<TestCsv.Row>> lines = new HashMap<>();
            TestCsv.read(files.get(2)).rows().forEach(l -> lines.computeIfAbsent(l.get("setl_id"),
                    k -> new ArrayList<>()).add(l));
            months.add(new Month(m.month(), normal, lines, files.get(0).getParent()));
        }
    }

    @Test
    void aPersonHasAtMostOneOutpatientOrPharmacySettlementADay() {
        for (Month m : months) {
            Set<String> seen = new HashSet<>();
            for (TestCsv.Row row : ownRows(m)) {
                if (OUTPATIENT.contains(row.get("med_type"))) {
                    assertThat(seen.add(row.get("psn_no") + "|" + day(row))).as(row.get("setl_id")).isTrue();
                }
            }
        }
    }

    @Test
    void pharmacyPurchasesAndChronicRefillsStayOrdinary() {
        for (Month m : months) {
            Map<String, Integer> purchases = new HashMap<>();
            Map<String, Integer> refills = new HashMap<>();
            for (TestCsv.Row row : ownRows(m)) {
                switch (row.get("med_type")) {
                    case "41" -> purchases.merge(row.get("psn_no"), 1, Integer::sum);
                    case "14" -> refills.merge(row.get("psn_no"), 1, Integer::sum);
                    default -> { }
                }
            }
            assertThat(purchases.values()).allMatch(n -> n <= PersonSampler.MAX_PHARMACY_PURCHASES);
            assertThat(refills.values()).allMatch(n -> n == 1);
        }
    }

    @Test
    void withinAMonthAPersonUsesOneInstitutionOfEachKindAndOccasionallyAnotherInOtherMonths() {
        Map<String, Set<String>> acrossMonths = new HashMap<>();
        for (Month m : months) {
            Map<String, String> kinds = new HashMap<>();
            TestCsv.read(m.dir().resolve("institutions.csv")).rows()
                    .forEach(i -> kinds.put(i.get("fixmedins_code"), i.get("kind")));
            Map<String, Set<String>> byPersonAndKind = new HashMap<>();
            for (TestCsv.Row row : ownRows(m)) {
                if (OUTPATIENT.contains(row.get("med_type"))) {
                    String institution = row.get("fixmedins_code");
                    String key = row.get("psn_no") + "|" + kinds.get(institution);
                    byPersonAndKind.computeIfAbsent(key, k -> new HashSet<>()).add(institution);
                    acrossMonths.computeIfAbsent(key, k -> new HashSet<>()).add(institution);
                }
            }
            assertThat(byPersonAndKind).allSatisfy((key, used) -> assertThat(used).as(key).hasSize(1));
        }
        long seenInSeveral = acrossMonths.values().stream().filter(s -> s.size() > 1).count();
        assertThat(seenInSeveral).isBetween(acrossMonths.size() / 100L, acrossMonths.size() / 4L);
    }

    @Test
    void noPersonGetsExclusiveOrDailyLimitedItemsTwiceADay() {
        for (Month m : months) {
            Map<String, Integer> perDay = new HashMap<>();
            Map<String, Set<String>> consultations = new HashMap<>();
            for (TestCsv.Row row : m.settlements()) {
                String key = row.get("psn_no") + "|" + row.get("fixmedins_code") + "|" + day(row);
                for (TestCsv.Row line : m.lines().getOrDefault(row.get("setl_id"), List.of())) {
                    String code = line.get("hilist_code");
                    if (DAILY_LIMIT.contains(code)) {
                        perDay.merge(key + "|" + code, SpecRules.amount(line.get("cnt")).intValueExact(),
                                Integer::sum);
                    }
                    if (code.equals(CONSULTATION) || code.equals(EMERGENCY_CONSULTATION)) {
                        consultations.computeIfAbsent(key, k -> new HashSet<>()).add(code);
                    }
                }
            }
            assertThat(perDay).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
            assertThat(consultations).allSatisfy((k, codes) -> assertThat(codes).as(k).hasSize(1));
        }
    }

    @Test
    void spacedTestsKeepTheirMinimumIntervalAcrossMonths() {
        Map<String, TreeSet<LocalDate>> billed = new HashMap<>();
        long count = 0;
        for (Month m : months) {
            for (TestCsv.Row row : m.settlements()) {
                for (TestCsv.Row line : m.lines().getOrDefault(row.get("setl_id"), List.of())) {
                    if (MIN_GAP_DAYS.containsKey(line.get("hilist_code"))) {
                        billed.computeIfAbsent(row.get("psn_no") + "|" + line.get("hilist_code"),
                                k -> new TreeSet<>()).add(day(row));
                        count++;
                    }
                }
            }
        }
        assertThat(billed.values().stream().mapToInt(Set::size).sum()).isEqualTo(count); // not twice a day
        billed.forEach((key, days) -> {
            int gap = MIN_GAP_DAYS.get(key.substring(key.indexOf('|') + 1));
            LocalDate previous = null;
            for (LocalDate d : days) {
                if (previous != null) {
                    assertThat(ChronoUnit.DAYS.between(previous, d)).as(key).isGreaterThanOrEqualTo(gap);
                }
                previous = d;
            }
        });
    }

    @Test
    void noDrugIsSuppliedForMoreDaysThanTheMonthOutsideChronicRefills() {
        for (Month m : months) {
            Map<String, Integer> days = new HashMap<>();
            for (TestCsv.Row row : ownRows(m)) {
                if (!row.get("med_type").equals("14")) {
                    for (TestCsv.Row line : m.lines().getOrDefault(row.get("setl_id"), List.of())) {
                        if (!line.get("days_supply").isEmpty()) {
                            days.merge(row.get("psn_no") + "|" + line.get("hilist_code"),
                                    Integer.parseInt(line.get("days_supply")), Integer::sum);
                        }
                    }
                }
            }
            assertThat(days.values()).allMatch(d -> d <= 30);
        }
    }

    @Test
    void crossProvinceCareAlwaysHasAFiling() {
        Month last = months.getLast();
        Set<String> filed = new HashSet<>();
        TestCsv.read(last.dir().resolve("filings.csv")).rows().forEach(f -> filed.add(f.get("psn_no")));
        long inProvinceWithout = 0;
        long persons = 0;
        for (TestCsv.Row p : TestCsv.read(last.dir().resolve("persons.csv")).rows()) {
            persons++;
            if (!filed.contains(p.get("psn_no"))) {
                inProvinceWithout++;
            }
        }
        for (Month m : months) {
            for (TestCsv.Row row : m.settlements()) {
                boolean crossProvince = !row.get("insu_admdvs").regionMatches(0, row.get("mdtrtarea_admdvs"), 0, 2);
                if (crossProvince) {
                    assertThat(filed).as(row.get("psn_no")).contains(row.get("psn_no"));
                }
            }
        }
        assertThat(inProvinceWithout).isPositive().isLessThan(persons * 7 / 100); // 8 % of in-province persons
    }

    /**
     * Rows of one generator run: the first month's file is a plain month; later files also carry rows of the
     * run before, dated in its month, so only their rows of the month itself are taken.
     */
    private static List<TestCsv.Row> ownRows(Month m) {
        if (m == months.getFirst()) {
            return m.settlements();
        }
        return m.settlements().stream().filter(r -> YearMonth.from(time(r)).equals(m.month())).toList();
    }

    private static LocalDate day(TestCsv.Row row) {
        return time(row).toLocalDate();
    }

    private static LocalDateTime time(TestCsv.Row row) {
        return LocalDateTime.parse(row.get("setl_time"), SpecRules.TIME);
    }
}
