package org.fundclear.audit.dossier;

import java.math.BigDecimal;

/** One fee line of an evidence settlement. */
public record FeeItem(long lineNo, String listType, String code, String name, BigDecimal count, BigDecimal price,
                      BigDecimal amount, Integer daysSupply, String doctor) {
}
