package org.fundclear.sql;

import java.util.Locale;
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

    /**
     * After a month's rows were loaded into {@code table}: on a table partitioned by month only that month's
     * partition is analysed, as autovacuum would (it never analyses a partitioned parent). {@code ANALYZE} of the
     * parent samples the parent and then every partition again: 1.45 s against 0.68 s for the month's partition
     * after a million settlements (docs/scale.md). The statements that read these tables name the month, so
     * the planner prunes to the partition and plans from its statistics.
     */
    public static void refreshMonth(DSLContext dsl, Table<?> table, String month) {
        String name = table.getName().toLowerCase(Locale.ROOT);
        boolean ownPartition = MonthPartitions.isPartitioned(dsl, table) && MonthPartitions.hasPartition(dsl, name, month);
        // without a partition of its own the month's rows are in DEFAULT
        refresh(dsl, ownPartition ? MonthPartitions.partitionName(name, month) : table.getName());
    }

    /**
     * What a database does on its own some time after a bulk load, done at once, outside any transaction: on
     * PostgreSQL {@code VACUUM (ANALYZE)} of the tables (the rows' hint bits and visibility map, which autovacuum
     * would set later or the first query to read the rows would, dirtying every page it reads) and on both
     * databases a {@code CHECKPOINT} (the load's dirty pages written now, not while the next stage runs). The
     * benchmarks call it between the import and the stage they time, so that stage and its floor read the same
     * settled tables whichever runs first. CHECKPOINT needs a superuser (or pg_checkpoint) on PostgreSQL.
     */
    public static void settle(DSLContext dsl, Table<?>... tables) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            for (Table<?> table : tables) {
                dsl.execute("VACUUM (ANALYZE) " + dsl.render(DSL.name(table.getName())));
            }
        }
        dsl.execute("CHECKPOINT");
    }

    /** {@code table} is a table name of the schema, never user input. */
    public static void refresh(DSLContext dsl, String table) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("ANALYZE " + dsl.render(DSL.name(table)));
        }
    }
}
