package org.fundclear.generator;

/** The kinds in institutions.csv; which one serves a visit is decided by {@link UsualProviders#kindFor}. */
enum InstitutionKind {
    HOSPITAL,
    CLINIC,
    PHARMACY
}
