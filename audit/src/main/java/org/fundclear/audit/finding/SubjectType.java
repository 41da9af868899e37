package org.fundclear.audit.finding;

/** Who a finding is about (spec findings-YYYY-MM.csv). */
public enum SubjectType {
    PERSON, INSTITUTION, DOCTOR
}
