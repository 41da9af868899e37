package org.fundclear.audit.casework;

import java.math.BigDecimal;
import java.util.Objects;

/** One confirmed deduction (扣款): what the treatment region is not paid for one settlement. */
public record Deduction(String setlId, BigDecimal amount) {
    public Deduction {
        Objects.requireNonNull(setlId, "setlId");
        Objects.requireNonNull(amount, "amount");
    }
}
