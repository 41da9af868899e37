package org.fundclear.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The medical types generated, with the mix and cost level of the 2022 Lincang cross-region report
 * (emergency takes about 1 point of the outpatient share).
 */
enum MedType {
    GENERAL_OUTPATIENT("11", 13, true),
    EMERGENCY("13", 1, true),
    CHRONIC_OUTPATIENT("14", 10, true),
    INPATIENT("21", 9, false),
    PHARMACY("41", 67, true);

    private static final Weighted<MedType> MIX = Weighted.of(List.of(values()), MedType::sharePct);

    private final String code;
    private final int sharePct;
    private final boolean hasFeeLines;

    MedType(String code, int sharePct, boolean hasFeeLines) {
        this.code = code;
        this.sharePct = sharePct;
        this.hasFeeLines = hasFeeLines;
    }

    String code() {
        return code;
    }

    int sharePct() {
        return sharePct;
    }

    /** Outpatient and pharmacy settlements come with fee lines; inpatient ones are settled as a whole here. */
    boolean hasFeeLines() {
        return hasFeeLines;
    }

    static MedType draw(SplittableRandom rng) {
        return MIX.draw(rng);
    }
}
