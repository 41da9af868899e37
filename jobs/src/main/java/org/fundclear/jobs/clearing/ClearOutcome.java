package org.fundclear.jobs.clearing;

/** How a clear command ended: cleared, refused (with the reason), or failed (resumable). */
public record ClearOutcome(Result result, String message, Long jobExecutionId) {
    public enum Result {
        CLEARED, REFUSED, FAILED
    }
}
