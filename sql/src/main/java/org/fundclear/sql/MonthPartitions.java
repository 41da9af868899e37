package org.fundclear.sql;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * The monthly partitions of the cycle tables. On PostgreSQL (migration V91) {@code settlement},
 * {@code ledger_entry} and {@code fee_line} are partitioned by LIST (cycle_month): {@link #ensure} creates a
 * month's partition of each before the month is loaded (rows of a month without one land in the DEFAULT
 * partition, and are moved into the month's partition when it is created). H2 has no partitions; Oracle's
 * are created by the database (AUTOMATIC list partitioning, V90), so there is nothing to do on either.
 */
public final class MonthPartitions {
    /** The partitioned tables: their primary key includes cycle_month on PostgreSQL. */
    public static final List<String> TABLES = List.of("settlement", "ledger_entry", "fee_line");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** Serialises partition creation between concurrent imports (any constant unique to this purpose). */
    private static final long CREATE_LOCK = 0x6663_7061_7274_6e31L;

    private MonthPartitions() {
    }

    /** Whether {@code table}'s rows are spread over monthly partitions whose keys include cycle_month. */
    public static boolean isPartitioned(DSLContext dsl, Table<?> table) {
        return dsl.dialect().family() == SQLDialect.POSTGRES
                && TABLES.contains(table.getName().toLowerCase(Locale.ROOT));
    }

    /** The partition of {@code table} holding {@code month} ("2026-10" → settlement_2026_10). */
    public static String partitionName(String table, String month) {
        if (!MONTH.matcher(month).matches()) {
            throw new IllegalArgumentException("not a cycle month: " + month);
        }
        return table + "_" + month.replace('-', '_');
    }

    /**
     * Creates {@code month}'s partition of every partitioned table that has none, in the caller's transaction.
     * Rows of the month already in the DEFAULT partition move into the new partition.
     */
    public static void ensure(DSLContext dsl, String month) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return;
        }
        List<String> missing = missing(dsl, month);
        if (missing.isEmpty()) {
            return;
        }
        dsl.execute("SELECT pg_advisory_xact_lock(" + CREATE_LOCK + ")");
        for (String table : missing(dsl, month)) {
            String partition = partitionName(table, month);
            dsl.execute("CREATE TABLE " + partition + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            dsl.execute("WITH moved AS (DELETE FROM " + table + "_default WHERE cycle_month = ? RETURNING *) "
                    + "INSERT INTO " + partition + " SELECT * FROM moved", month);
            dsl.execute("ALTER TABLE " + table + " ATTACH PARTITION " + partition + " FOR VALUES IN ('" + month + "')");
        }
    }

    /**
     * Serialises, until the caller's transaction ends, the key check and insert of concurrent imports into
     * {@code table}: with keys unique per partition only, two imports of different months could otherwise
     * both find a setl_id absent and both load it. Nothing to do where the keys are global.
     */
    public static void lockKeys(DSLContext dsl, Table<?> table) {
        if (isPartitioned(dsl, table)) {
            dsl.execute("SELECT pg_advisory_xact_lock(" + (CREATE_LOCK + 1 + TABLES.indexOf(table.getName()
                    .toLowerCase(Locale.ROOT))) + ")");
        }
    }

    private static List<String> missing(DSLContext dsl, String month) {
        return TABLES.stream()
                .filter(t -> dsl.fetchValue("SELECT to_regclass(?)", partitionName(t, month)) == null)
                .toList();
    }
}
