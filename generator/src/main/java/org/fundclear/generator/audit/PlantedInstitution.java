package org.fundclear.generator.audit;

/** An institution of institutions.csv (or one the planter adds). */
record PlantedInstitution(String code, String admdvs, String kind, String hospLv) {
}
