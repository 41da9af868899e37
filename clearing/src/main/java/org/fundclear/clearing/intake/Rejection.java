package org.fundclear.clearing.intake;

/** Why one line was not loaded: the field at fault (null for the whole line), the reason, and details. */
public record Rejection(String field, RejectReason reason, String message) {
}
