package org.fundclear.clearing.intake;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The records parsers fill: attached to a configuration without a connection (nothing is executed through it).
 * A detached record builds a fresh jOOQ configuration for every primary-key field it is given, to read one
 * setting: 1.2 GB of garbage per million settlements, which on H2 meant more young collections of its page
 * cache (JFR allocation profile, docs/scale.md).
 */
final class LineRecords {
    private static final DSLContext CONNECTIONLESS = DSL.using(SQLDialect.DEFAULT);

    private LineRecords() {
    }

    static <R extends Record> R newRecord(Table<R> table) {
        return CONNECTIONLESS.newRecord(table);
    }
}
