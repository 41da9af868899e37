package org.fundclear.clearing.intake;

/** What one chunk of lines became. */
public record ChunkOutcome(int loaded, int rejected, int repeated) {
}
