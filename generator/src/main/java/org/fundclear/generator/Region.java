package org.fundclear.generator;

/**
 * A prefecture-level pooling region (统筹区).
 *
 * @param shortName       form used in institution names (昆明市, 大理州)
 * @param insuredWeight   relative number of insured persons treated elsewhere
 * @param treatmentWeight relative attraction as a place of treatment
 */
record Region(String admdvs, String name, String shortName, int insuredWeight, int treatmentWeight) {

    String provAdmdvs() {
        return admdvs.substring(0, 2) + "0000";
    }

    boolean sameProvinceAs(Region other) {
        return admdvs.regionMatches(0, other.admdvs, 0, 2);
    }
}
