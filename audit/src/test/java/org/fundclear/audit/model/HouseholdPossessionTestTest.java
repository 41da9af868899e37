package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.model.HouseholdPossessionTest.Flag;
import org.fundclear.audit.model.HouseholdPossessionTest.Holding;
import org.junit.jupiter.api.Test;

class HouseholdPossessionTestTest {
    private static final String STATIN = "XC10AAA083A001010100301";
    private static final String METFORMIN = "XA10BAE054A001010100001";

    private final List<Holding> holdings = new ArrayList<>();
    private final Map<String, String> householdOf = new HashMap<>();

    @Test
    void threeMembersEachBuyingA30DaySupplyEveryNineDaysAreFlagged() {
        background();
        for (int m = 0; m < 3; m++) {
            buys("HH-SPLIT", "split-" + m, STATIN, new int[] {2, 11, 20}, 30);
        }
        List<Flag> flags = HouseholdPossessionTest.flags(holdings, householdOf, 0.01);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.household()).isEqualTo("HH-SPLIT");
            assertThat(flag.drug()).isEqualTo(STATIN);
            assertThat(flag.early()).isEqualTo(3);
            assertThat(flag.q()).isLessThan(1e-4); // a signal of its own in a case (strength above 0.5)
        });
    }

    @Test
    void anOrdinaryHouseholdRefillingMonthlyOrOnceWithALongPrescriptionIsNot() {
        background();
        buys("HH-BUSY", "busy-0", STATIN, new int[] {3}, 90);        // one long prescription
        buys("HH-BUSY", "busy-1", STATIN, new int[] {1, 27}, 30);    // refilled three days early
        buys("HH-BUSY", "busy-2", STATIN, new int[] {5, 30}, 30);    // refilled five days early
        buys("HH-BUSY", "busy-0", METFORMIN, new int[] {1, 8, 15, 22, 29}, 7); // weekly packs, on time
        buys("HH-BUSY", "busy-1", METFORMIN, new int[] {2, 9, 16, 23, 30}, 7);
        assertThat(HouseholdPossessionTest.flags(holdings, householdOf, 0.01)).isEmpty();
    }

    @Test
    void oneHeavyHoarderDoesNotMakeHisHouseholdASplit() {
        background();
        buys("HH-ONE", "one-0", STATIN, new int[] {1, 4, 7, 10, 13}, 30); // R07's subject, not a household's
        buys("HH-ONE", "one-1", STATIN, new int[] {2}, 30);
        assertThat(HouseholdPossessionTest.flags(holdings, householdOf, 0.01)).isEmpty();
    }

    @Test
    void earlyMeansMoreThanAWeekInHandAtTheLastPurchase() {
        // 30 days bought on day 1, again on day 23: 8 days in hand, early; on day 24: 7 days, not early
        assertThat(holding("a", STATIN, new int[] {1, 23}, 30).early()).isTrue();
        assertThat(holding("b", STATIN, new int[] {1, 24}, 30).early()).isFalse();
        assertThat(holding("c", STATIN, new int[] {1, 24}, 30).purchases().daysInHand()).isEqualTo(7);
        // two purchases on one day: one of them was bought with the other's 30 days in hand
        assertThat(holding("d", STATIN, new int[] {9, 9}, 30).purchases().daysInHand()).isEqualTo(30);
        assertThat(holding("e", STATIN, new int[] {9}, 90).purchases().daysInHand()).isZero();
    }

    @Test
    void twoEarlyMembersInAMonthWhereEarlyRefillsAreCommonAreNotFlagged() {
        background();
        // one person in five refills early: two early members of one household are no surprise
        for (int i = 0; i < 2000; i++) {
            buys(null, "common-" + i, METFORMIN, i % 5 == 0 ? new int[] {1, 15} : new int[] {1, 29}, 30);
        }
        buys("HH-TWO", "two-0", STATIN, new int[] {1, 12}, 30);
        buys("HH-TWO", "two-1", STATIN, new int[] {3, 14}, 30);
        assertThat(HouseholdPossessionTest.flags(holdings, householdOf, 0.01)).isEmpty();
    }

    @Test
    void binomialUpperTail() {
        assertThat(HouseholdPossessionTest.binomialUpperTail(3, 0, 0.1)).isEqualTo(1.0);
        assertThat(HouseholdPossessionTest.binomialUpperTail(3, 3, 0.1)).isCloseTo(0.001, within());
        assertThat(HouseholdPossessionTest.binomialUpperTail(3, 2, 0.1)).isCloseTo(3 * 0.01 * 0.9 + 0.001, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }

    /** A month of ordinary buyers: 4,000 persons, half in two-person households buying one drug, refilling on time. */
    private void background() {
        for (int i = 0; i < 4000; i++) {
            String household = i < 2000 ? "HH-" + i / 2 : null;
            buys(household, "p" + i, i / 2 % 2 == 0 ? STATIN : METFORMIN, i % 3 == 0 ? new int[] {4} : new int[] {1, 30},
                    30);
        }
    }

    private void buys(String household, String psnNo, String drug, int[] days, int daysSupply) {
        holdings.add(holding(psnNo, drug, days, daysSupply));
        if (household != null) {
            householdOf.put(psnNo, household);
        }
    }

    private static Holding holding(String psnNo, String drug, int[] days, int daysSupply) {
        DrugPurchases purchases = new DrugPurchases();
        for (int day : days) {
            purchases.add(day, daysSupply);
        }
        return new Holding(psnNo, drug, purchases);
    }
}
