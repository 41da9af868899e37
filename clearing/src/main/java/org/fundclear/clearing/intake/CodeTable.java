package org.fundclear.clearing.intake;

import java.util.Set;

/** Code tables of spec/README.md and DOMAIN.md §2.3 that input values must come from. */
public enum CodeTable {
    INSUTYPE(Set.of("310", "320", "330", "340", "350", "360", "370", "380", "390", "391", "392", "399", "410", "510")),
    /** National 2-digit codes; provinces add 4–6 digit local sub-codes (e.g. 140104, 9901), also accepted. */
    MED_TYPE(Set.of("11", "12", "13", "14", "15", "16", "21", "22", "23", "24", "25", "26", "27", "28", "29",
            "41", "51", "52", "61")) {
        @Override
        public boolean accepts(String value) {
            return super.accepts(value) || isLocalSubCode(value);
        }
    },
    REFD_SETL_FLAG(Set.of("0", "1")),
    GEND(Set.of("1", "2", "9")),
    GEND_LIMIT(Set.of("1", "2")),
    LIST_TYPE(Set.of("101", "102", "103", "104", "105", "106", "201", "301")),
    INSTITUTION_KIND(Set.of("HOSPITAL", "CLINIC", "PHARMACY")),
    HOSP_LV(Set.of("1", "2", "3")),
    FIL_TYPE(Set.of("RETIRED_RELOCATED", "LONG_TERM_RESIDENT", "STATIONED_WORKER", "REFERRAL", "EMERGENCY",
            "TEMPORARY")),
    FLAG(Set.of("0", "1"));

    private final Set<String> codes;

    CodeTable(Set<String> codes) {
        this.codes = codes;
    }

    public boolean accepts(String value) {
        return codes.contains(value);
    }

    private static boolean isLocalSubCode(String value) {
        return value.length() >= 4 && value.length() <= 6 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public String describe() {
        String list = String.join(", ", codes.stream().sorted().toList());
        return this == MED_TYPE ? list + " or a 4-6 digit local code" : list;
    }
}
