package org.fundclear.generator.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One fee line to plant; the amount is cnt × pric rounded half-up to the fen, as the importer checks. */
record PlantedLine(String listType, String code, String name, BigDecimal cnt, BigDecimal pric, Integer daysSupply) {

    static PlantedLine drug(String code, String name, String cnt, String pric, int days) {
        return new PlantedLine("101", code, name, new BigDecimal(cnt), new BigDecimal(pric), days);
    }

    static PlantedLine service(String code, String name, String cnt, String pric) {
        return new PlantedLine("201", code, name, new BigDecimal(cnt), new BigDecimal(pric), null);
    }

    BigDecimal amount() {
        return cnt.multiply(pric).setScale(2, RoundingMode.HALF_UP);
    }
}
