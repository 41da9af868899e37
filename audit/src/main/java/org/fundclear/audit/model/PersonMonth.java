package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Raw person-month figures (outpatient and pharmacy, chronic-disease outpatient left out) the person behaviours use.
 *
 * @param possessionRatio the most days of one drug obtained in the 90 days ending with the month, ÷ 90: a rolling
 *                        window, with chronic-disease prescriptions counted as in R07
 */
record PersonMonth(String psnNo, String gend, LocalDate brdy, String insuAdmdvs, boolean chronic, long visits,
                   long days, long multiInstitutionDays, long maxInstitutionsPerDay, long institutions,
                   long pharmacyPurchases, long pharmacies, BigDecimal paid, BigDecimal pharmacyPaid,
                   double possessionRatio) {

    /** Peer group: age band × sex × chronic status × insured province. */
    String peerGroup(LocalDate monthEnd) {
        String band;
        if (brdy == null) {
            band = "age?";
        } else {
            int age = java.time.Period.between(brdy, monthEnd).getYears();
            band = age < 15 ? "0-14" : age < 45 ? "15-44" : age < 65 ? "45-64" : "65+";
        }
        // a few hundred groups shared by a month's persons: one String each instead of one per person-month
        return (band + "/" + (gend == null ? "?" : gend) + "/" + (chronic ? "chronic" : "other") + "/"
                + insuAdmdvs.substring(0, 2)).intern();
    }
}
