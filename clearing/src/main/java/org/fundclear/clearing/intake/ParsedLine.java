package org.fundclear.clearing.intake;

/** One physical record of an input file after parsing: a record to load, or a rejection. */
public sealed interface ParsedLine<R> {
    long line();

    record Accepted<R>(long line, R record) implements ParsedLine<R> {
    }

    /** {@code key} is the record's setl_id when it could be read (spec rejects column setl_id). */
    record Rejected<R>(long line, String key, Rejection rejection) implements ParsedLine<R> {
    }
}
