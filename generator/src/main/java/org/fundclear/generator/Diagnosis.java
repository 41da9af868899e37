package org.fundclear.generator;

/** An ICD-10 main diagnosis with the gender and age range it is plausible for. */
record Diagnosis(String code, Integer gendLimit, int minAge, int maxAge) {

    static Diagnosis any(String code) {
        return new Diagnosis(code, null, 0, 150);
    }

    boolean fits(int gend, int age) {
        return (gendLimit == null || gendLimit == gend) && age >= minAge && age <= maxAge;
    }
}
