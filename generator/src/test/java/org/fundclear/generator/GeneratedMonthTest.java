package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A January month, so late records fall into the previous year. */
class GeneratedMonthTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 1);
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");

    @TempDir
    static Path dir;
    static GenerationResult result;
    static TestCsv.Table settlements;
    static TestCsv.Table persons;

    @BeforeAll
    static void generate() throws IOException {
        result = MonthGenerator.generate(new GenerationRequest(MONTH, dir, 6000, 11));
        settlements = TestCsv.read(dir.resolve("settlements-2025-01.csv"));
        persons = TestCsv.read(dir.resolve("persons.csv"));
    }

    @Test
    void headersAreTheSpecColumnsInSpecOrder() {
        assertThat(settlements.header()).isEqualTo(SpecHeaders.SETTLEMENTS);
        assertThat(TestCsv.read(dir.resolve("ledger-2025-01.csv")).header()).isEqualTo(SpecHeaders.LEDGER);
        assertThat(TestCsv.read(dir.resolve("fees-2025-01.csv")).header()).isEqualTo(SpecHeaders.FEES);
        assertThat(TestCsv.read(dir.resolve("regions.csv")).header()).isEqualTo(SpecHeaders.REGIONS);
        assertThat(TestCsv.read(dir.resolve("institutions.csv")).header()).isEqualTo(SpecHeaders.INSTITUTIONS);
        assertThat(persons.header()).isEqualTo(SpecHeaders.PERSONS);
        assertThat(TestCsv.read(dir.resolve("filings.csv")).header()).isEqualTo(SpecHeaders.FILINGS);
        assertThat(TestCsv.read(dir.resolve("catalog.csv")).header()).isEqualTo(SpecHeaders.CATALOG);
    }

    @Test
    void everyRowImportsWithoutReject() {
        SpecRules.Settlements rules = new SpecRules.Settlements(MONTH);
        for (TestCsv.Row row : settlements.rows()) {
            assertThat(rules.check(row)).as("line %d", row.line()).isEmpty();
        }
    }

    @Test
    void countsMatchTheResult() {
        long reversals = settlements.rows().stream().filter(r -> r.get("refd_setl_flag").equals("1")).count();
        long late = settlements.rows().stream()
                .filter(r -> YearMonth.from(time(r)).equals(MONTH.minusMonths(1))).count();
        assertThat(settlements.rows()).hasSize((int) (result.settlements() + result.reversals()));
        assertThat(result.settlements()).isEqualTo(6000);
        assertThat(reversals).isEqualTo(result.reversals()).isPositive();
        assertThat(late).isEqualTo(result.lateSettlements()).isPositive();
        assertThat(persons.rows()).hasSize((int) result.persons());
    }

    @Test
    void amountsHaveExactlyTwoDecimalsAndOptionalZerosAreSometimesEmpty() {
        long emptyOptional = 0;
        for (TestCsv.Row row : settlements.rows()) {
            for (String column : SpecRules.AMOUNTS) {
                String value = row.get(column);
                if (value.isEmpty()) {
                    emptyOptional++;
                    assertThat(List.of("medfee_sumamt", "hifp_pay", "fund_pay_sumamt", "acct_pay", "psn_cash_pay"))
                            .doesNotContain(column);
                } else {
                    assertThat(value).matches(MONEY).isNotEqualTo("-0.00");
                }
            }
        }
        assertThat(emptyOptional).isPositive();
    }

    @Test
    void idsAreUniqueShortAndCarryTheMonth() {
        Set<String> ids = new HashSet<>();
        for (TestCsv.Row row : settlements.rows()) {
            assertThat(ids.add(row.get("setl_id"))).as(row.get("setl_id")).isTrue();
            assertThat(row.get("setl_id")).hasSizeLessThanOrEqualTo(40).startsWith("S202501");
        }
    }

    @Test
    void settlementMonthsAreTheMonthOrLateFromThePreviousOne() {
        for (TestCsv.Row row : settlements.rows()) {
            YearMonth month = YearMonth.from(time(row));
            if (row.get("refd_setl_flag").equals("1")) {
                assertThat(month).isEqualTo(MONTH);
            } else {
                assertThat(month).isIn(MONTH, MONTH.minusMonths(1));
            }
        }
    }

    @Test
    void reversalsNegateAnEarlierOriginalOfTheSameVisit() {
        Map<String, TestCsv.Row> seen = new HashMap<>();
        for (TestCsv.Row row : settlements.rows()) {
            if (row.get("refd_setl_flag").equals("1")) {
                TestCsv.Row original = seen.get(row.get("init_setl_id"));
                assertThat(original).as("original of %s earlier in the file", row.get("setl_id")).isNotNull();
                for (String column : SpecRules.AMOUNTS) {
                    assertThat(SpecRules.amount(row.get(column)))
                            .isEqualByComparingTo(SpecRules.amount(original.get(column)).negate());
                }
                for (String column : List.of("mdtrt_id", "psn_no", "insutype", "med_type", "insu_admdvs",
                        "mdtrtarea_admdvs", "fixmedins_code", "begndate", "enddate")) {
                    assertThat(row.get(column)).as(column).isEqualTo(original.get(column));
                }
                assertThat(time(row)).isAfter(time(original));
                assertThat(row.get("setl_id")).isNotEqualTo(original.get("setl_id"));
            } else {
                assertThat(row.get("init_setl_id")).isEmpty();
                assertThat(row.get("refd_setl_flag")).isEqualTo("0");
            }
            seen.put(row.get("setl_id"), row);
        }
    }

    @Test
    void fundComponentsMatchTheSchemes() {
        for (TestCsv.Row row : settlements.rows()) {
            boolean employee = row.get("insutype").equals("310");
            assertThat(row.get("insutype")).isIn("310", "390");
            if (employee) {
                assertThat(SpecRules.amount(row.get("hifmi_pay")).signum()).isZero();
            } else {
                assertThat(SpecRules.amount(row.get("hifob_pay")).signum()).isZero();
                assertThat(SpecRules.amount(row.get("cvlserv_pay")).signum()).isZero();
            }
            if (!row.get("med_type").equals("21")) {
                assertThat(SpecRules.amount(row.get("hifob_pay")).signum()).isZero();
            }
            BigDecimal medfee = SpecRules.amount(row.get("medfee_sumamt")).abs();
            BigDecimal inscp = SpecRules.amount(row.get("inscp_scp_amt")).abs();
            BigDecimal ownpay = SpecRules.amount(row.get("fulamt_ownpay_amt")).abs();
            assertThat(inscp.add(ownpay)).isLessThanOrEqualTo(medfee);
            assertThat(SpecRules.amount(row.get("fund_pay_sumamt")).abs()).isLessThanOrEqualTo(inscp);
            if (row.get("refd_setl_flag").equals("0")) {
                assertThat(medfee).isGreaterThanOrEqualTo(BigDecimal.ONE);
            }
        }
    }

    @Test
    void regionsAreRealSixDigitCodesInAndAcrossProvinces() {
        TestCsv.Table regions = TestCsv.read(dir.resolve("regions.csv"));
        Map<String, TestCsv.Row> byCode = regions.byKey("admdvs");
        assertThat(byCode.get("530000").get("name")).isEqualTo("云南省");
        assertThat(byCode.get("530000").get("prov_admdvs")).isEqualTo("530000");
        assertThat(byCode.get("530900").get("name")).isEqualTo("临沧市");
        assertThat(byCode.get("532800").get("name")).isEqualTo("西双版纳傣族自治州");
        assertThat(byCode.keySet()).contains("530100", "530300", "530400", "530500", "530600", "530700", "530800",
                "532300", "532500", "532600", "532900", "533100", "533300", "533400", "510100", "520100", "440100",
                "440300", "330100", "450100");
        for (TestCsv.Row region : regions.rows()) {
            assertThat(region.get("prov_admdvs")).isEqualTo(region.get("admdvs").substring(0, 2) + "0000");
        }
        long inProvince = 0;
        for (TestCsv.Row row : settlements.rows()) {
            assertThat(byCode).containsKeys(row.get("insu_admdvs"), row.get("mdtrtarea_admdvs"));
            inProvince += row.get("insu_admdvs").regionMatches(0, row.get("mdtrtarea_admdvs"), 0, 2) ? 1 : 0;
        }
        assertThat(inProvince).isBetween(settlements.rows().size() / 5L, settlements.rows().size() * 4L / 5);
    }

    @Test
    void personsAreConsistentWithTheirSettlements() {
        Map<String, TestCsv.Row> byPsn = persons.byKey("psn_no");
        Map<String, String> deaths = new HashMap<>();
        for (TestCsv.Row p : persons.rows()) {
            String certno = p.get("certno");
            assertThat(certno).hasSize(18).startsWith(p.get("insu_admdvs"));
            assertThat(certno.charAt(17)).isEqualTo(CertNo.checkChar(certno));
            assertThat(certno.substring(6, 14)).isEqualTo(p.get("brdy").replace("-", ""));
            assertThat((certno.charAt(16) - '0') % 2 == 1 ? "1" : "2").isEqualTo(p.get("gend"));
            assertThat(p.get("psn_name")).matches("\\p{IsHan}{2,3}");
            if (!p.get("death_date").isEmpty()) {
                deaths.put(p.get("psn_no"), p.get("death_date"));
            }
        }
        long withHousehold = persons.rows().stream().filter(p -> !p.get("household_id").isEmpty()).count();
        assertThat(withHousehold).isBetween(persons.rows().size() / 100L, persons.rows().size() / 10L);

        for (TestCsv.Row row : settlements.rows()) {
            TestCsv.Row person = byPsn.get(row.get("psn_no"));
            assertThat(person).as(row.get("psn_no")).isNotNull();
            assertThat(row.get("insu_admdvs")).isEqualTo(person.get("insu_admdvs"));
            assertThat(row.get("insutype")).isEqualTo(person.get("insutype"));
            for (String column : List.of("certno", "psn_name", "gend", "brdy")) {
                if (!row.get(column).isEmpty()) {
                    assertThat(row.get(column)).isEqualTo(person.get(column));
                }
            }
            String death = deaths.get(row.get("psn_no"));
            if (death != null) {
                assertThat(time(row).toLocalDate()).isBefore(LocalDate.parse(death));
            }
        }
    }

    @Test
    void institutionsMatchKindAndTreatmentRegion() {
        Map<String, TestCsv.Row> institutions = TestCsv.read(dir.resolve("institutions.csv")).byKey("fixmedins_code");
        for (TestCsv.Row i : institutions.values()) {
            assertThat(i.get("fixmedins_code")).matches("[HP]\\d{11}");
            assertThat(i.get("kind")).isIn("HOSPITAL", "CLINIC", "PHARMACY");
            assertThat(i.get("hosp_lv")).isIn(i.get("kind").equals("PHARMACY") ? List.of("") : List.of("1", "2", "3"));
        }
        for (TestCsv.Row row : settlements.rows()) {
            TestCsv.Row institution = institutions.get(row.get("fixmedins_code"));
            assertThat(institution).isNotNull();
            assertThat(institution.get("admdvs")).isEqualTo(row.get("mdtrtarea_admdvs"));
            switch (row.get("med_type")) {
                case "41" -> assertThat(institution.get("kind")).isEqualTo("PHARMACY");
                case "21", "13", "14" -> assertThat(institution.get("kind")).isEqualTo("HOSPITAL");
                default -> assertThat(institution.get("kind")).isIn("HOSPITAL", "CLINIC");
            }
        }
    }

    @Test
    void visitDatesFitTheMedicalType() {
        for (TestCsv.Row row : settlements.rows()) {
            LocalDate settled = time(row).toLocalDate();
            if (row.get("med_type").equals("21")) {
                LocalDate begin = LocalDate.parse(row.get("begndate"));
                LocalDate end = LocalDate.parse(row.get("enddate"));
                assertThat(ChronoUnit.DAYS.between(begin, end)).isBetween(2L, 20L);
                if (row.get("refd_setl_flag").equals("0")) {
                    assertThat(end).isEqualTo(settled);
                }
            } else if (!row.get("begndate").isEmpty() && row.get("refd_setl_flag").equals("0")) {
                assertThat(row.get("begndate")).isEqualTo(row.get("enddate")).isEqualTo(settled.toString());
            }
        }
    }

    @Test
    void filingsCoverTheirPersonsSettlements() {
        TestCsv.Table filings = TestCsv.read(dir.resolve("filings.csv"));
        Map<String, TestCsv.Row> byPsn = filings.byKey("psn_no");
        assertThat(filings.rows()).hasSize(byPsn.size());
        assertThat(byPsn.size()).isGreaterThan(persons.rows().size() * 8 / 10);
        for (TestCsv.Row f : filings.rows()) {
            assertThat(persons.byKey("psn_no")).containsKey(f.get("psn_no"));
            boolean longTerm = Set.of("RETIRED_RELOCATED", "LONG_TERM_RESIDENT", "STATIONED_WORKER")
                    .contains(f.get("fil_type"));
            assertThat(f.get("fil_type")).isIn("RETIRED_RELOCATED", "LONG_TERM_RESIDENT", "STATIONED_WORKER",
                    "REFERRAL", "EMERGENCY", "TEMPORARY");
            assertThat(f.get("enddate").isEmpty()).isEqualTo(longTerm);
        }
        for (TestCsv.Row row : settlements.rows()) {
            TestCsv.Row f = byPsn.get(row.get("psn_no"));
            if (f == null) {
                continue;
            }
            LocalDate day = time(row).toLocalDate();
            assertThat(f.get("insu_admdvs")).isEqualTo(row.get("insu_admdvs"));
            assertThat(f.get("dest_admdvs")).isIn(row.get("mdtrtarea_admdvs"),
                    row.get("mdtrtarea_admdvs").substring(0, 2) + "0000");
            assertThat(LocalDate.parse(f.get("begndate"))).isBeforeOrEqualTo(day);
            if (!row.get("begndate").isEmpty()) {
                assertThat(LocalDate.parse(f.get("begndate"))).isBeforeOrEqualTo(LocalDate.parse(row.get("begndate")));
            }
            if (!f.get("enddate").isEmpty()) {
                assertThat(LocalDate.parse(f.get("enddate"))).isAfterOrEqualTo(day);
            }
        }
    }

    private static LocalDateTime time(TestCsv.Row row) {
        return LocalDateTime.parse(row.get("setl_time"), SpecRules.TIME);
    }
}
