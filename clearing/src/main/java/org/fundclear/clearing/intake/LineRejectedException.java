package org.fundclear.clearing.intake;

/**
 * Thrown by parsing at the first defect of a line. Rejections are ordinary events in an import, so
 * no stack trace is captured.
 */
public final class LineRejectedException extends RuntimeException {
    private final transient Rejection rejection;

    public LineRejectedException(String field, RejectReason reason, String message) {
        super(message, null, false, false);
        this.rejection = new Rejection(field, reason, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
