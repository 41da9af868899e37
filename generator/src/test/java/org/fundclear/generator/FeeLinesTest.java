package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeeLinesTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final Set<String> WITH_FEE_LINES = Set.of("11", "13", "14", "41");

    @TempDir
    static Path dir;
    static TestCsv.Table settlements;
    static TestCsv.Table fees;
    static Map<String, List<TestCsv.Row>> linesBySetlId = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        GenerationResult result = MonthGenerator.generate(new GenerationRequest(MONTH, dir, 5000, 5));
        settlements = TestCsv.read(dir.resolve("settlements-2026-03.csv"));
        fees = TestCsv.read(dir.resolve("fees-2026-03.csv"));
        for (TestCsv.Row line : fees.rows()) {
            linesBySetlId.computeIfAbsent(line.get("setl_id"), k -> new ArrayList<>()).add(line);
        }
        assertThat(fees.rows()).hasSize((int) result.feeLines());
    }

    @Test
    void everyLineImportsWithoutReject() {
        for (TestCsv.Row line : fees.rows()) {
            assertThat(SpecRules.checkFee(line)).as("line %d", line.line()).isEmpty();
        }
    }

    @Test
    void eachLineAmountIsQuantityTimesPriceRoundedHalfUp() {
        boolean fractionalQuantity = false;
        boolean fourDecimalPrice = false;
        for (TestCsv.Row line : fees.rows()) {
            BigDecimal cnt = new BigDecimal(line.get("cnt"));
            BigDecimal pric = new BigDecimal(line.get("pric"));
            assertThat(cnt.scale()).isLessThanOrEqualTo(4);
            assertThat(pric.scale()).isBetween(2, 4);
            assertThat(new BigDecimal(line.get("det_item_fee_sumamt")))
                    .isEqualTo(cnt.multiply(pric).setScale(2, RoundingMode.HALF_UP));
            fractionalQuantity |= cnt.scale() > 0;
            fourDecimalPrice |= pric.scale() == 4;
            if (cnt.scale() > 0) {
                assertThat(line.get("list_type")).isEqualTo("102");
            }
        }
        assertThat(fractionalQuantity).isTrue();
        assertThat(fourDecimalPrice).isTrue();
    }

    @Test
    void linesBelongToNormalOutpatientSettlementsAndSumToTheirTotal() {
        int withLines = 0;
        for (TestCsv.Row s : settlements.rows()) {
            List<TestCsv.Row> lines = linesBySetlId.getOrDefault(s.get("setl_id"), List.of());
            boolean expected = s.get("refd_setl_flag").equals("0") && WITH_FEE_LINES.contains(s.get("med_type"));
            if (!expected) {
                assertThat(lines).as(s.get("setl_id")).isEmpty();
                continue;
            }
            withLines++;
            assertThat(lines).hasSizeBetween(1, 5);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).get("line_no")).isEqualTo(Integer.toString(i + 1));
                sum = sum.add(new BigDecimal(lines.get(i).get("det_item_fee_sumamt")));
            }
            assertThat(sum).as(s.get("setl_id")).isEqualTo(new BigDecimal(s.get("medfee_sumamt")));
        }
        assertThat(linesBySetlId).hasSize(withLines);
    }

    @Test
    void chargesHappenOnTheSettlementDayNoLaterThanSettlement() {
        Map<String, TestCsv.Row> bySetlId = settlements.byKey("setl_id");
        for (TestCsv.Row line : fees.rows()) {
            LocalDateTime settled =
                    LocalDateTime.parse(bySetlId.get(line.get("setl_id")).get("setl_time"), SpecRules.TIME);
            LocalDateTime charged = LocalDateTime.parse(line.get("fee_ocur_time"), SpecRules.TIME);
            assertThat(charged).isBeforeOrEqualTo(settled);
            assertThat(charged.toLocalDate()).isEqualTo(settled.toLocalDate());
        }
    }

    @Test
    void catalogueRestrictionsAreRespected() {
        Map<String, TestCsv.Row> catalog = TestCsv.read(dir.resolve("catalog.csv")).byKey("hilist_code");
        Map<String, TestCsv.Row> persons = TestCsv.read(dir.resolve("persons.csv")).byKey("psn_no");
        Map<String, TestCsv.Row> bySetlId = settlements.byKey("setl_id");
        assertThat(catalog.values()).anyMatch(i -> !i.get("gend_limit").isEmpty())
                .anyMatch(i -> !i.get("min_age").isEmpty()).anyMatch(i -> !i.get("max_age").isEmpty())
                .anyMatch(i -> i.get("outpatient_allowed").equals("0")).anyMatch(i -> !i.get("price_cap").isEmpty());
        for (TestCsv.Row line : fees.rows()) {
            TestCsv.Row item = catalog.get(line.get("hilist_code"));
            assertThat(item).as(line.get("hilist_code")).isNotNull();
            assertThat(line.get("list_type")).isEqualTo(item.get("list_type"));
            assertThat(line.get("hilist_name")).isEqualTo(item.get("hilist_name"));
            assertThat(item.get("outpatient_allowed")).isEqualTo("1");
            TestCsv.Row settlement = bySetlId.get(line.get("setl_id"));
            TestCsv.Row person = persons.get(settlement.get("psn_no"));
            int age = Period.between(LocalDate.parse(person.get("brdy")),
                    LocalDate.parse(settlement.get("setl_time").substring(0, 10))).getYears();
            if (!item.get("gend_limit").isEmpty()) {
                assertThat(person.get("gend")).isEqualTo(item.get("gend_limit"));
            }
            if (!item.get("min_age").isEmpty()) {
                assertThat(age).isGreaterThanOrEqualTo(Integer.parseInt(item.get("min_age")));
            }
            if (!item.get("max_age").isEmpty()) {
                assertThat(age).isLessThanOrEqualTo(Integer.parseInt(item.get("max_age")));
            }
            if (!item.get("price_cap").isEmpty()) {
                assertThat(new BigDecimal(line.get("pric"))).isLessThanOrEqualTo(new BigDecimal(item.get("price_cap")));
            }
            boolean drug = Set.of("101", "102").contains(line.get("list_type"));
            assertThat(line.get("days_supply").isEmpty()).isEqualTo(!drug);
            if (drug) {
                assertThat(Integer.parseInt(line.get("days_supply")))
                        .isBetween(1, Integer.parseInt(item.get("max_days_supply")));
            }
        }
    }

    @Test
    void doctorsBelongToTheInstitution() {
        Map<String, TestCsv.Row> bySetlId = settlements.byKey("setl_id");
        long withoutDoctor = 0;
        for (TestCsv.Row line : fees.rows()) {
            String doctor = line.get("bilg_dr_code");
            String institution = bySetlId.get(line.get("setl_id")).get("fixmedins_code");
            if (doctor.isEmpty()) {
                withoutDoctor++;
                assertThat(institution).startsWith("P");
            } else {
                assertThat(doctor).matches("D\\d{11}-\\d{2}").startsWith("D" + institution.substring(1) + "-");
            }
        }
        assertThat(withoutDoctor).isPositive();
    }
}
