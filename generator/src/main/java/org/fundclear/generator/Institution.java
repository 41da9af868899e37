package org.fundclear.generator;

/**
 * A designated medical institution or pharmacy (定点医药机构) in a treatment region.
 *
 * @param hospLv  1, 2, 3, or null for pharmacies
 * @param doctors how many prescribing doctors its bilg_dr_code values cycle through
 */
record Institution(String code, String name, Region region, InstitutionKind kind, Integer hospLv, int doctors) {

    /** Doctor codes follow the institution code, e.g. H53090200001 → D53090200001-03. */
    String doctorCode(int number) {
        return "D" + code.substring(1) + "-" + Formats.zeroPad(number, 2);
    }
}
