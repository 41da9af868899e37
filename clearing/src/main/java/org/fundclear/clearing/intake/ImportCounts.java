package org.fundclear.clearing.intake;

/** A file's line accounting: rows = loaded + rejected + repeats (spec: rejects). */
public record ImportCounts(long rows, long loaded, long rejected, long repeats) {
    public static ImportCounts of(long loaded, long rejected, long repeats) {
        return new ImportCounts(loaded + rejected + repeats, loaded, rejected, repeats);
    }
}
