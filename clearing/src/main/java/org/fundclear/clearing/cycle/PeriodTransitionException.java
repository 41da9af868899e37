package org.fundclear.clearing.cycle;

/** A transition the period's state does not allow; the message says what state it is in and what to do. */
public class PeriodTransitionException extends RuntimeException {
    public PeriodTransitionException(String message) {
        super(message);
    }
}
