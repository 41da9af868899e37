package org.fundclear.sql;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Fresh planner statistics for a table just filled in bulk, on PostgreSQL. Until autovacuum gets to it (a minute
 * or more later) the planner takes a table analysed while empty for a table of one row: at a million settlements
 * it planned the audit's IN-subqueries over {@code audit_item} as nested loops that rescanned the table for every
 * line. H2 plans from its indexes' row counts, which are always current, and needs nothing; Oracle is left to its
 * own statistics job (not measured here).
 */
public final class TableStatistics {
    private TableStatistics() {
    }

    public static void refresh(DSLContext dsl, Table<?> table) {
        refresh(dsl, table.getName());
    }

    /** {@code table} is a table name of the schema, never user input. */
    public static void refresh(DSLContext dsl, String table) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("ANALYZE " + dsl.render(DSL.name(table)));
        }
    }
}
