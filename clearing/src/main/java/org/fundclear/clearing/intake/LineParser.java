package org.fundclear.clearing.intake;

import org.fundclear.clearing.model.CycleMonth;

/** Turns one line's fields into the record it loads, or throws {@link LineRejectedException}. */
@FunctionalInterface
public interface LineParser<R> {
    R parse(LineFields fields, CycleMonth cycle);
}
