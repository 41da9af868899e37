package org.fundclear.clearing.intake;

import java.math.BigDecimal;

/** Yuan amounts are BigDecimal with scale 2, so equal amounts are equal objects. */
final class Money {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal a : amounts) {
            total = total.add(a);
        }
        return total;
    }
}
