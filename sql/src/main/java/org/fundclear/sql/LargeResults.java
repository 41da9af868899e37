package org.fundclear.sql;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Results too large for the heap, read row by row. PostgreSQL's driver fetches a result in portions of the fetch
 * size only inside a transaction; with autocommit on (every statement outside one) it ignores the fetch size and
 * reads every row into memory before returning the first. At five million settlements an audit rule's evidence
 * query so held ten million rows on the heap and the run died with "GC overhead limit exceeded"
 * (docs/scale.md). Each read here runs in a transaction of its own on the calling thread; the consumer must not
 * write. H2 streams either way.
 */
public final class LargeResults {
    /** Rows fetched per round trip. */
    public static final int FETCH_SIZE = 10_000;

    private LargeResults() {
    }

    public static <R extends Record> void forEach(DSLContext dsl, Function<DSLContext, ResultQuery<R>> query,
                                                  Consumer<? super R> row) {
        dsl.transaction(t -> {
            try (Cursor<R> cursor = query.apply(t.dsl()).fetchSize(FETCH_SIZE).fetchLazy()) {
                for (R r : cursor) {
                    row.accept(r);
                }
            }
        });
    }

    /** Plain SQL with bind values. */
    public static void forEach(DSLContext dsl, String sql, Object[] binds, Consumer<Record> row) {
        forEach(dsl, t -> t.resultQuery(sql, binds), row);
    }
}
