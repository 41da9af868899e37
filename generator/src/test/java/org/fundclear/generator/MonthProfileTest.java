package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month looks like the 2022 Lincang cross-region report: mix, cost levels, fund share, schemes. */
class MonthProfileTest {

    private static final int SETTLEMENTS = 20_000;

    @TempDir
    static Path dir;
    static GenerationResult result;
    static final Map<String, Integer> count = new HashMap<>();
    static final Map<String, BigDecimal> cost = new HashMap<>();
    static BigDecimal total = BigDecimal.ZERO;
    static BigDecimal fund = BigDecimal.ZERO;
    static int employees;

    @BeforeAll
    static void generate() throws IOException {
        result = MonthGenerator.generate(new GenerationRequest(YearMonth.of(2026, 10), dir, SETTLEMENTS, 2022));
        for (TestCsv.Row row : TestCsv.read(result.files().get(0)).rows()) {
            if (row.get("refd_setl_flag").equals("1")) {
                continue;
            }
            BigDecimal medfee = new BigDecimal(row.get("medfee_sumamt"));
            count.merge(row.get("med_type"), 1, Integer::sum);
            cost.merge(row.get("med_type"), medfee, BigDecimal::add);
            total = total.add(medfee);
            fund = fund.add(new BigDecimal(row.get("fund_pay_sumamt")));
            employees += row.get("insutype").equals("310") ? 1 : 0;
        }
    }

    @Test
    void medicalTypeMixIsWithinTwoPointsOfTheTarget() {
        assertThat(count.keySet()).containsExactlyInAnyOrder("11", "13", "14", "21", "41");
        assertThat(share("41")).isCloseTo(0.67, within(0.02));
        assertThat(share("11")).isCloseTo(0.13, within(0.02));
        assertThat(share("13")).isCloseTo(0.01, within(0.005));
        assertThat(share("14")).isCloseTo(0.10, within(0.02));
        assertThat(share("21")).isCloseTo(0.09, within(0.02));
    }

    @Test
    void averageCostsAreNearTheReport() {
        assertThat(mean("41")).isCloseTo(132, within(132 * 0.12));
        assertThat(mean("11")).isCloseTo(261, within(261 * 0.12));
        assertThat(mean("14")).isCloseTo(1037, within(1037 * 0.15));
        assertThat(mean("21")).isCloseTo(13_000, within(13_000 * 0.15));
    }

    @Test
    void fundPaysAboutTwoThirds() {
        assertThat(fund.doubleValue() / total.doubleValue()).isCloseTo(0.64, within(0.04));
    }

    @Test
    void schemesSplitAboutFortyFiveFiftyFive() {
        assertThat(employees / (double) SETTLEMENTS).isCloseTo(0.45, within(0.03));
    }

    @Test
    void reversalsAndLateRecordsHaveTheirRates() {
        assertThat(result.reversals() / (double) SETTLEMENTS).isCloseTo(0.02, within(0.005));
        assertThat(result.lateSettlements() / (double) SETTLEMENTS).isCloseTo(0.01, within(0.004));
    }

    private static double share(String medType) {
        return count.getOrDefault(medType, 0) / (double) SETTLEMENTS;
    }

    private static double mean(String medType) {
        return cost.get(medType).doubleValue() / count.get(medType);
    }
}
