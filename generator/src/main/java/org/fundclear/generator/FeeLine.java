package org.fundclear.generator;

import java.time.LocalDateTime;

/**
 * One fee line (费用明细) of an outpatient or pharmacy settlement.
 *
 * @param cnt4        quantity in 1/10000 units
 * @param pric4       unit price in 1/10000 yuan
 * @param daysSupply  days the dispensed drug lasts; null for services and materials
 * @param doctorCode  prescribing doctor, null for some over-the-counter pharmacy sales
 */
record FeeLine(int lineNo, CatalogItem item, long cnt4, long pric4, Integer daysSupply, String doctorCode,
               LocalDateTime ocurTime) {

    /** det_item_fee_sumamt in fen: cnt × pric rounded half-up. */
    long amount() {
        return Money.lineAmount(cnt4, pric4);
    }
}
