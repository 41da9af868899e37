package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tests whether several members of one household each held the same drug early, i.e. bought it again while more
 * than {@link #EARLY_DAYS} days of it were still in hand ({@link DrugPurchases#daysInHand()}). The null is the
 * month's own: any person's purchases of a drug are early with the base rate of all persons' (every person and
 * drug of the month, household or not); members are independent, so the number of early members among a
 * household's n buyers of the drug is binomial. Each household and drug with at least two buyers is one test;
 * Benjamini–Hochberg adjusts for them all. Summing the household's purchases instead would compare ordinary busy
 * households with the split one, and one heavy hoarder (R07's subject) would stand for the household.
 */
final class HouseholdPossessionTest {
    /** Refilling up to a week early is ordinary (pharmacies' refill-too-soon tolerance for a month's supply). */
    static final long EARLY_DAYS = 7;
    /** The household shape: hoarding split over members, each held early. */
    private static final int MIN_EARLY_MEMBERS = 2;

    /** A household's buyers of one drug, of whom {@code early} held it early, and the test's adjusted p. */
    record Flag(String household, String drug, List<Holding> buyers, int early, double baseRate, double q) {
        List<Holding> earlyMembers() {
            return buyers.stream().filter(Holding::early).toList();
        }
    }

    /** One person's purchases of one drug. */
    record Holding(String psnNo, String drug, DrugPurchases purchases) {
        boolean early() {
            return HouseholdPossessionTest.early(purchases);
        }
    }

    private HouseholdPossessionTest() {
    }

    /**
     * @param holdings    every person's purchases of every drug in the month (the base rate's population)
     * @param householdOf household of each person who has one
     */
    static List<Flag> flags(List<Holding> holdings, Map<String, String> householdOf, double falseDiscoveryRate) {
        long early = holdings.stream().filter(Holding::early).count();
        return flags(holdings, baseRate(early, holdings.size()), householdOf, falseDiscoveryRate);
    }

    /** The month's share of early (person, drug) purchases; +1 each, so a month with none still has a rate above 0. */
    static double baseRate(long early, long holdings) {
        return (early + 1.0) / (holdings + 1.0);
    }

    static boolean early(DrugPurchases purchases) {
        return purchases.daysInHand() > EARLY_DAYS;
    }

    /**
     * @param holdings    the purchases of every drug by at least the persons of a household (others are not tested)
     * @param baseRate    the month's {@link #baseRate} over every person and drug
     * @param householdOf household of each person who has one
     */
    static List<Flag> flags(List<Holding> holdings, double baseRate, Map<String, String> householdOf,
                            double falseDiscoveryRate) {
        Map<String, List<Holding>> byHouseholdDrug = new TreeMap<>();
        for (Holding h : holdings) {
            String household = householdOf.get(h.psnNo());
            if (household != null) {
                byHouseholdDrug.computeIfAbsent(household + "|" + h.drug(), k -> new ArrayList<>()).add(h);
            }
        }
        byHouseholdDrug.values().removeIf(buyers -> buyers.size() < 2);
        List<List<Holding>> tests = new ArrayList<>(byHouseholdDrug.values());
        double[] p = new double[tests.size()];
        for (int i = 0; i < p.length; i++) {
            List<Holding> buyers = tests.get(i);
            p[i] = binomialUpperTail(buyers.size(), (int) buyers.stream().filter(Holding::early).count(), baseRate);
        }
        double[] q = BenjaminiHochberg.adjust(p);
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            List<Holding> buyers = tests.get(i);
            int earlyMembers = (int) buyers.stream().filter(Holding::early).count();
            if (q[i] <= falseDiscoveryRate && earlyMembers >= MIN_EARLY_MEMBERS) {
                flags.add(new Flag(householdOf.get(buyers.get(0).psnNo()), buyers.get(0).drug(), List.copyOf(buyers),
                        earlyMembers, baseRate, q[i]));
            }
        }
        return flags;
    }

    /** P(X ≥ x) for X ~ Binomial(n, p). */
    static double binomialUpperTail(int n, int x, double p) {
        double sum = 0;
        double choose = 1; // C(n, k), built up from C(n, 0)
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                choose = choose * (n - k + 1) / k;
            }
            if (k >= x) {
                sum += choose * Math.pow(p, k) * Math.pow(1 - p, n - k);
            }
        }
        return Math.min(1, sum);
    }
}
