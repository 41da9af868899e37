package org.fundclear.generator;

import java.time.LocalDate;
import java.time.Period;

/**
 * An insured person treated outside their insured region. Region, scheme and identity never change between
 * settlements; {@code treatment} is where they live or were referred to, so all their settlements happen there.
 *
 * @param householdId       family sharing a personal account (家庭共济), or null
 * @param deathDate         null for the living; never known before it has happened (see {@link #deathKnownBy})
 * @param medicalAssistance receives medical assistance (医疗救助), so maf_pay applies
 * @param chronicDisease    the condition treated under med_type 14
 */
record Person(int index, String psnNo, String certno, String name, int gend, LocalDate brdy, Region insured,
              Region treatment, String insutype, String householdId, LocalDate deathDate, boolean civilServant,
              boolean medicalAssistance, Diagnosis chronicDisease) {

    static final String EMPLOYEE_SCHEME = "310";
    static final String RESIDENT_SCHEME = "390";

    boolean employee() {
        return EMPLOYEE_SCHEME.equals(insutype);
    }

    int ageOn(LocalDate date) {
        return Period.between(brdy, date).getYears();
    }

    /** Settlements strictly before the death date only, so no generated row looks like care after death. */
    boolean aliveOn(LocalDate date) {
        return deathDate == null || date.isBefore(deathDate);
    }

    /** The death date as the reference data would show it on {@code asOf}, i.e. null if still in the future. */
    LocalDate deathKnownBy(LocalDate asOf) {
        return deathDate != null && !deathDate.isAfter(asOf) ? deathDate : null;
    }
}
