package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fundclear.audit.model.HouseholdPossessionTest.Holding;
import org.junit.jupiter.api.Test;

class PersonDrugPurchasesTest {

    /** The packed purchases answer as one DrugPurchases per (person, drug) fed the same purchases would. */
    @Test
    void packedPurchasesHoldWhatOneObjectPerPersonAndDrugWould() {
        PersonDrugPurchases packed = new PersonDrugPurchases();
        Map<String, DrugPurchases> plain = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(11);
        long firstDay = java.time.LocalDate.parse("2026-10-01").toEpochDay();
        for (int i = 0; i < 20_000; i++) {
            String psn = "P" + rng.nextInt(500);
            String drug = "D" + rng.nextInt(12);
            long day = firstDay + rng.nextInt(31);
            long days = 1 + rng.nextInt(90);
            packed.add(psn, drug, day, days);
            plain.computeIfAbsent(psn + "|" + drug, k -> new DrugPurchases()).add(day, days);
        }
        assertThat(packed.holdings()).isEqualTo(plain.size());
        List<Holding> all = packed.holdingsOf(psn -> true);
        assertThat(all).hasSize(plain.size());
        for (Holding h : all) {
            DrugPurchases expected = plain.get(h.psnNo() + "|" + h.drug());
            assertThat(h.purchases().daysInHand()).as(h.psnNo() + " " + h.drug()).isEqualTo(expected.daysInHand());
            assertThat(h.purchases().totalDays()).isEqualTo(expected.totalDays());
        }
        long early = plain.values().stream().filter(HouseholdPossessionTest::early).count();
        assertThat(early).isPositive().isLessThan(plain.size());
        assertThat(packed.count(HouseholdPossessionTest::early)).isEqualTo(early);
        assertThat(packed.holdingsOf("P7"::equals)).allMatch(h -> h.psnNo().equals("P7")).isNotEmpty();
    }

    @Test
    void twoPurchasesOnTheLastDayKeepTheLargerAsTheLastAndTheOtherInHand() {
        PersonDrugPurchases packed = new PersonDrugPurchases();
        packed.add("P", "D", 20_400, 10);
        packed.add("P", "D", 20_400, 30);
        packed.add("P", "E", 20_400, 5);
        assertThat(packed.holdingsOf(p -> true)).extracting(h -> h.drug() + ":" + h.purchases().daysInHand())
                .containsExactlyInAnyOrder("D:10", "E:0");
    }
}
