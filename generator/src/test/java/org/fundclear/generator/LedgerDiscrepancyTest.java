package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerDiscrepancyTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final List<String> COMPARED = List.of("medfee_sumamt", "fund_pay_sumamt", "acct_pay",
            "refd_setl_flag");

    @TempDir
    Path dir;

    @Test
    void defaultRatesPlantWhatTheResultReports() throws IOException {
        GenerationResult result = MonthGenerator.generate(new GenerationRequest(MONTH, dir, 20_000, 3));
        DiscrepancyCounts found = reconcile(result);

        assertThat(found).isEqualTo(result.discrepancies());
        assertThat(found.missingInLedger()).isBetween(50L, 160L);
        assertThat(found.missingInSettlements()).isBetween(25L, 110L);
        assertThat(found.amountMismatch()).isBetween(25L, 110L);
        assertThat(found.psnNoDifference()).isBetween(3L, 50L);
    }

    @Test
    void noDiscrepanciesGivesAOneToOneLedger() throws IOException {
        GenerationResult result = MonthGenerator.generate(
                new GenerationRequest(MONTH, dir, 3000, 3, DiscrepancyRates.NONE));

        assertThat(reconcile(result)).isEqualTo(new DiscrepancyCounts(0, 0, 0, 0));
        assertThat(result.ledgerRows()).isEqualTo(result.settlements() + result.reversals());
    }

    @Test
    void highRatesAreCountedExactlyToo() throws IOException {
        GenerationResult result = MonthGenerator.generate(
                new GenerationRequest(MONTH, dir, 3000, 9, new DiscrepancyRates(0.1, 0.05, 0.1, 0.05)));
        DiscrepancyCounts found = reconcile(result);

        assertThat(found).isEqualTo(result.discrepancies());
        assertThat(found.missingInLedger()).isGreaterThan(200);
        assertThat(found.missingInSettlements()).isGreaterThan(100);
        assertThat(found.amountMismatch()).isGreaterThan(200);
        assertThat(found.psnNoDifference()).isGreaterThan(100);
    }

    @Test
    void ratesMustBeFractionsThatFitOneSettlement() {
        assertThatThrownBy(() -> new DiscrepancyRates(-0.1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscrepancyRates(0.5, 0, 0.4, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reconciles the two files the way the product would and counts each kind of difference. */
    private DiscrepancyCounts reconcile(GenerationResult result) {
        TestCsv.Table settlements = TestCsv.read(result.files().get(0));
        TestCsv.Table ledger = TestCsv.read(result.files().get(1));
        assertThat(ledger.rows()).hasSize((int) result.ledgerRows());
        Map<String, TestCsv.Row> ledgerById = ledger.byKey("setl_id");
        Map<String, TestCsv.Row> settlementById = settlements.byKey("setl_id");
        assertThat(ledgerById).hasSize(ledger.rows().size());
        long missingInLedger = 0;
        long mismatch = 0;
        long psnNo = 0;
        for (TestCsv.Row s : settlements.rows()) {
            TestCsv.Row l = ledgerById.get(s.get("setl_id"));
            if (l == null) {
                missingInLedger++;
                continue;
            }
            for (String column : List.of("insu_admdvs", "mdtrtarea_admdvs", "setl_time")) {
                assertThat(l.get(column)).isEqualTo(s.get(column));
            }
            if (COMPARED.stream().anyMatch(c -> !l.get(c).equals(s.get(c)))) {
                mismatch++;
                assertThat(l.get("psn_no")).isEqualTo(s.get("psn_no"));
            }
            if (!l.get("psn_no").equals(s.get("psn_no"))) {
                psnNo++;
            }
        }
        long missingInSettlements = 0;
        for (TestCsv.Row l : ledger.rows()) {
            assertThat(SpecRules.checkLedger(l)).as("ledger line %d", l.line()).isEmpty();
            int sign = new BigDecimal(l.get("medfee_sumamt")).signum();
            assertThat(sign).isEqualTo(l.get("refd_setl_flag").equals("1") ? -1 : 1);
            assertThat(new BigDecimal(l.get("fund_pay_sumamt")).signum() * sign).isNotNegative();
            if (!settlementById.containsKey(l.get("setl_id"))) {
                missingInSettlements++;
                assertThat(l.get("setl_id")).startsWith("S202610");
                assertThat(l.get("setl_time")).startsWith("2026-10");
                assertThat(l.get("refd_setl_flag")).isEqualTo("0");
            }
        }
        return new DiscrepancyCounts(missingInLedger, missingInSettlements, mismatch, psnNo);
    }
}
