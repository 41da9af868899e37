package org.fundclear.sql;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

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
            copyStatisticsTargets(dsl, table, partition);
        }
    }

    /**
     * Gives {@code partition} the per-column statistics targets set on {@code table} (V93: none for the columns no
     * plan reads), which neither CREATE TABLE ... LIKE nor ATTACH PARTITION carries over.
     */
    private static void copyStatisticsTargets(DSLContext dsl, String table, String partition) {
        List<String> targets = dsl.fetch("SELECT attname, attstattarget FROM pg_attribute WHERE attrelid = to_regclass(?)"
                        + " AND attnum > 0 AND NOT attisdropped AND attstattarget >= 0 ORDER BY attnum", table)
                .map(r -> "ALTER COLUMN " + dsl.render(DSL.name(r.get(0, String.class))) + " SET STATISTICS "
                        + r.get(1, Integer.class));
        if (!targets.isEmpty()) {
            dsl.execute("ALTER TABLE " + partition + " " + String.join(", ", targets));
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

    /**
     * Whether any partition of {@code table} other than those of {@code months} may hold one of {@code ids}: one
     * whose smallest and largest setl_id (two descents of its primary key) enclose at least one of them. Only then
     * must the ids be looked up there one by one (4.4 ms for 5,000 ids in a partition of a million, so a year of
     * history would cost every import eleven such lookups a chunk). The comparison runs in SQL, under the
     * database's collation, which is the order of its index; an empty partition encloses nothing. The DEFAULT
     * partition counts as another month's (it may hold any month). Call it under {@link #lockKeys}, so that no
     * partition gains rows between this check and the caller's insert.
     */
    public static boolean otherMonthsMayHold(DSLContext dsl, Table<?> table, String[] ids, Collection<String> months) {
        String parent = table.getName().toLowerCase(Locale.ROOT);
        Set<String> own = months.stream().map(m -> partitionName(parent, m)).collect(Collectors.toSet());
        List<String> others = partitions(dsl, parent).stream().filter(p -> !own.contains(p)).toList();
        if (others.isEmpty() || ids.length == 0) {
            return false;
        }
        String ranges = ranges(dsl, others);
        // Under a byte-order collation the chunk's own range, taken here, settles the usual case (months whose keys
        // do not interleave) without binding every id; an overlap still goes through the id-by-id check below.
        String[] range = codePointRange(ids);
        Object disjoint = dsl.fetchValue("SELECT (SELECT datcollate FROM pg_database WHERE datname = current_database())"
                + " IN ('C', 'POSIX', 'C.UTF-8', 'C.utf8') AND NOT EXISTS (SELECT 1 FROM (" + ranges + ") r"
                + " WHERE r.lo <= ? AND r.hi >= ?)", range[1], range[0]);
        if (Boolean.TRUE.equals(disjoint)) {
            return false;
        }
        return !enclosing(dsl, ranges, ids).isEmpty();
    }

    /**
     * The months whose partition of {@code table} may hold one of {@code ids} (its smallest and largest setl_id
     * enclose it, under the database's collation), or empty when the DEFAULT partition may: it holds any month without
     * a partition, so then every month is to be looked into. A statement that names the months (cycle_month IN ...)
     * reads only their partitions, where a reversal's original, which may be in any earlier month, would otherwise be
     * looked up in every month's.
     */
    public static Optional<List<String>> monthsThatMayHold(DSLContext dsl, Table<?> table, String[] ids) {
        String parent = table.getName().toLowerCase(Locale.ROOT);
        List<String> all = partitions(dsl, parent);
        if (all.isEmpty() || ids.length == 0) {
            return Optional.of(List.of());
        }
        List<String> enclosing = enclosing(dsl, ranges(dsl, all), ids);
        if (enclosing.contains(parent + "_default")) {
            return Optional.empty();
        }
        return Optional.of(enclosing.stream().map(p -> p.substring(parent.length() + 1).replace('_', '-')).sorted()
                .toList());
    }

    /** The partitions among {@code ranges} ({@link #ranges}) whose key range encloses one of {@code ids}. */
    private static List<String> enclosing(DSLContext dsl, String ranges, String[] ids) {
        return dsl.fetchValues("SELECT r.p FROM (" + ranges + ") r WHERE EXISTS"
                + " (SELECT 1 FROM unnest(?::varchar[]) x WHERE x BETWEEN r.lo AND r.hi)", (Object) ids)
                .stream().map(String::valueOf).toList();
    }

    /** The partitions of {@code parent}, by name. */
    private static List<String> partitions(DSLContext dsl, String parent) {
        return dsl.fetchValues("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = to_regclass(?)", parent).stream().map(String::valueOf).sorted().toList();
    }

    /**
     * Each partition's name (p) and its smallest and largest setl_id (lo, hi: two descents of its primary key; null
     * for an empty one), as a statement to select from.
     */
    private static String ranges(DSLContext dsl, List<String> partitions) {
        return partitions.stream()
                .map(p -> "SELECT " + dsl.render(DSL.inline(p)) + " p, (SELECT min(setl_id) FROM " + dsl.render(DSL.name(p))
                        + ") lo, (SELECT max(setl_id) FROM " + dsl.render(DSL.name(p)) + ") hi")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** The smallest and largest of {@code ids} in code point order, which is UTF-8's byte order. */
    static String[] codePointRange(String[] ids) {
        // Without surrogate pairs UTF-16 order is code point order, and String.compareTo is the JDK's vectorised
        // compare (the char-by-char one cost 0.2 s of a million settlements' import). codePointCount answers at once
        // for a string of Latin-1 characters; decoded text holds no lone surrogates, so equal counts mean none at all.
        boolean noPairs = true;
        for (String id : ids) {
            noPairs &= id.codePointCount(0, id.length()) == id.length();
        }
        Comparator<String> order = noPairs ? Comparator.naturalOrder() : MonthPartitions::codePointCompare;
        String lo = ids[0];
        String hi = ids[0];
        for (String id : ids) {
            if (order.compare(id, lo) < 0) {
                lo = id;
            } else if (order.compare(id, hi) > 0) {
                hi = id;
            }
        }
        return new String[] {lo, hi};
    }

    private static int codePointCompare(String a, String b) {
        for (int i = 0, n = Math.min(a.length(), b.length()); i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // a surrogate is half of a code point above every other UTF-16 unit's
                boolean sx = Character.isSurrogate(x);
                return sx == Character.isSurrogate(y) ? x - y : sx ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }

    /** Whether {@code table} (partitioned) has a partition of its own for {@code month}. */
    public static boolean hasPartition(DSLContext dsl, String table, String month) {
        return dsl.fetchValue("SELECT to_regclass(?)", partitionName(table, month)) != null;
    }

    private static List<String> missing(DSLContext dsl, String month) {
        return TABLES.stream().filter(t -> !hasPartition(dsl, t, month)).toList();
    }
}
