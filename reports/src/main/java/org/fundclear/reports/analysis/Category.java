package org.fundclear.reports.analysis;

import java.util.Set;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The report's medical category (医疗类别) of a med_type, by the code's first two digits so that local
 * sub-codes follow their base: 21–29 and 52 inpatient, 14 chronic/special-disease outpatient, 41 pharmacy,
 * every other code general outpatient. Declared in the order the reports list them.
 */
public enum Category {
    INPATIENT("住院"),
    CHRONIC("门诊慢特病"),
    GENERAL("普通门诊"),
    PHARMACY("药店购药");

    private static final Set<String> INPATIENT_BASES = Set.of("21", "22", "23", "24", "25", "26", "27", "28", "29", "52");

    private final String zh;

    Category(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static Category of(String medType) {
        String base = medType.length() < 2 ? medType : medType.substring(0, 2);
        if (INPATIENT_BASES.contains(base)) {
            return INPATIENT;
        }
        return switch (base) {
            case "14" -> CHRONIC;
            case "41" -> PHARMACY;
            default -> GENERAL;
        };
    }

    /** The same mapping in SQL, yielding the constant's name. */
    static Field<String> of(Field<String> medType) {
        Field<String> base = DSL.substring(medType, 1, 2);
        return DSL.when(base.in(INPATIENT_BASES), DSL.inline(INPATIENT.name()))
                .when(base.eq(DSL.inline("14")), DSL.inline(CHRONIC.name()))
                .when(base.eq(DSL.inline("41")), DSL.inline(PHARMACY.name()))
                .otherwise(DSL.inline(GENERAL.name()));
    }
}
