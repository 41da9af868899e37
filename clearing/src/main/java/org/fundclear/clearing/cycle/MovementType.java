package org.fundclear.clearing.cycle;

/** Kinds of advance-fund movement; the balance is the sum of all movements, never a stored number. */
public enum MovementType {
    /** The allotment deposited, or raised at re-sizing (positive). */
    ALLOTMENT,
    /** Part of the allotment paid back when re-sizing lowers it (negative). */
    REFUND,
    /** A top-up paid in after a usage warning (positive). */
    TOP_UP,
    /** What a clearing draws on the fund until the insured region pays it (negative net payable). */
    CLEARING_DRAW,
    /** A transfer received from the insured region, restoring the fund (positive). */
    RECEIPT
}
