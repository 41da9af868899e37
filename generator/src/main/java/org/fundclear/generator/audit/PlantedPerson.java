package org.fundclear.generator.audit;

import java.time.LocalDate;

/** A person the planter adds to persons-planted.csv (all planted subjects are new persons). */
record PlantedPerson(String psnNo, String certno, String name, int gend, LocalDate brdy, String insuAdmdvs,
                     String treatmentAdmdvs, LocalDate deathDate, String householdId) {
}
