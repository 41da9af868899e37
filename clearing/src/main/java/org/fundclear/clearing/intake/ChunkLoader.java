package org.fundclear.clearing.intake;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.PostgresCopy;
import org.fundclear.sql.SqlErrors;
import org.fundclear.sql.jooq.tables.records.ImportRepeatRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

import static org.fundclear.sql.jooq.Tables.IMPORT_REPEAT;

/**
 * Writes one chunk of parsed lines in the caller's transaction. A record whose key is already
 * loaded (earlier in this chunk or in the database) with equal content is an identical repeat:
 * a no-op that is counted. With other content it is a conflict (E14), except reference data from an
 * earlier file, which the new file updates (a key twice in one reference file is still a conflict).
 */
public final class ChunkLoader<R extends UpdatableRecord<R>> {
    private static final int LOOKUP_SLICE = 5000;
    private final IntakeKind<R> kind;
    private final RejectRepository rejects = new RejectRepository();
    private final int[] keyIndexes;

    public ChunkLoader(IntakeKind<R> kind) {
        this.kind = kind;
        this.keyIndexes = kind.table().getPrimaryKey().getFields().stream().mapToInt(kind.table()::indexOf).toArray();
    }

    public ChunkOutcome load(DSLContext dsl, ImportedFile file, List<? extends ParsedLine<R>> lines) {
        deferFlush(dsl);
        List<ParsedLine.Rejected<R>> rejected = new ArrayList<>();
        List<ImportRepeatRecord> repeats = new ArrayList<>();
        Map<Object, ParsedLine.Accepted<R>> fresh = new LinkedHashMap<>();
        for (ParsedLine<R> line : lines) {
            switch (line) {
                case ParsedLine.Rejected<R> r -> rejected.add(r);
                case ParsedLine.Accepted<R> a -> {
                    R record = a.record();
                    record.set(kind.importFileId(), file.id());
                    record.set(kind.fileLine(), a.line());
                    ParsedLine.Accepted<R> earlier = fresh.putIfAbsent(keyOf(record), a);
                    if (earlier != null) {
                        classifyAgainst(earlier.record(), a, file, repeats, rejected);
                    }
                }
            }
        }
        List<R> inserts = new ArrayList<>();
        List<R> updates = new ArrayList<>();
        List<R> candidates = fresh.values().stream().map(ParsedLine.Accepted::record).toList();
        if (loadedInAnotherMonth(dsl, keysOf(dsl, candidates)) || !insertedOptimistically(dsl, candidates)) {
            Map<Object, R> existing = fetchExisting(dsl, candidates);
            for (ParsedLine.Accepted<R> line : fresh.values()) {
                R loaded = existing.get(keyOf(line.record()));
                if (loaded == null) {
                    inserts.add(line.record());
                } else if (kind.isReferenceData() && !sameContent(loaded, line.record())
                        && !loaded.get(kind.importFileId()).equals(file.id())) {
                    updates.add(line.record());
                } else {
                    classifyAgainst(loaded, line, file, repeats, rejected);
                }
            }
            BatchInsert.insert(dsl, kind.table(), inserts);
        } else {
            inserts = candidates;
        }
        if (!updates.isEmpty()) {
            updates.forEach(r -> r.changed(true));
            dsl.batchUpdate(updates).execute();
        }
        BatchInsert.insert(dsl, IMPORT_REPEAT, repeats);
        rejects.insert(dsl, file, rejected);
        return new ChunkOutcome(inserts.size() + updates.size(), rejected.size(), repeats.size());
    }

    /**
     * Loads the next chunk: up to {@code maxLines} lines taken from {@code source} (which returns null after the last
     * line), with the same outcome as {@link #load}. On PostgreSQL the accepted lines go into one COPY as they are
     * taken, so that the server stores each while the next is read and checked, as the bulk-load floor does; only
     * then are the other months probed for the chunk's keys. A key loaded before (the COPY's duplicate-key error) or
     * in another month rolls the chunk back to its savepoint and sends its lines through {@link #load}, which tells
     * repeats from conflicts. Any other error fails the chunk.
     */
    public StreamedChunk stream(DSLContext dsl, ImportedFile file, Supplier<ParsedLine<R>> source, int maxLines) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            List<ParsedLine<R>> lines = new ArrayList<>(maxLines);
            for (ParsedLine<R> line; lines.size() < maxLines && (line = source.get()) != null; ) {
                lines.add(line);
            }
            return new StreamedChunk(load(dsl, file, lines), lines.size());
        }
        deferFlush(dsl);
        return dsl.connectionResult(connection -> {
            Savepoint savepoint = connection.setSavepoint();
            List<ParsedLine<R>> lines = new ArrayList<>(maxLines);
            ChunkKeys keys = MonthPartitions.isPartitioned(dsl, kind.table()) ? new ChunkKeys() : null;
            SQLException refused = copyAsTaken(connection, file, source, maxLines, lines, keys);
            List<ParsedLine.Rejected<R>> rejected = new ArrayList<>();
            for (ParsedLine<R> line : lines) {
                if (line instanceof ParsedLine.Rejected<R> r) {
                    rejected.add(r);
                }
            }
            if (refused == null && !loadedInAnotherMonth(dsl, keys)) {
                connection.releaseSavepoint(savepoint);
                rejects.insert(dsl, file, rejected);
                int accepted = lines.size() - rejected.size();
                return new StreamedChunk(new ChunkOutcome(accepted, rejected.size(), 0), lines.size());
            }
            if (refused != null && !SqlErrors.isIntegrityViolation(refused)) {
                throw refused;
            }
            connection.rollback(savepoint);
            return new StreamedChunk(load(dsl, file, lines), lines.size());
        });
    }

    /**
     * Takes up to {@code maxLines} lines into {@code lines}, the accepted ones streamed into a COPY and their keys
     * noted in {@code keys} (if not null) while each record is at hand; returns the COPY's error, if the server refused
     * a row. The lines after a refused row are still taken, for {@link #load}.
     */
    private SQLException copyAsTaken(Connection connection, ImportedFile file, Supplier<ParsedLine<R>> source,
                                     int maxLines, List<ParsedLine<R>> lines, ChunkKeys keys) throws SQLException {
        PostgresCopy.Rows copy = null;
        SQLException refused = null;
        long sent = 0;
        try {
            for (ParsedLine<R> line; lines.size() < maxLines && (line = source.get()) != null; ) {
                lines.add(line);
                if (refused == null && line instanceof ParsedLine.Accepted<R> a) {
                    R record = a.record();
                    record.set(kind.importFileId(), file.id());
                    record.set(kind.fileLine(), a.line());
                    if (keys != null) {
                        keys.add(record);
                    }
                    try {
                        if (copy == null) {
                            copy = PostgresCopy.open(connection, kind.table());
                        }
                        copy.record(record);
                        sent++;
                    } catch (SQLException e) {
                        refused = e;
                    }
                }
            }
            if (copy != null && refused == null) {
                long stored = copy.finish();
                if (stored != sent) { // the import's loaded count is the chunks' counts: the server's, so
                    throw new IllegalStateException("the server stored " + stored + " rows of a chunk's " + sent);
                }
            }
        } catch (SQLException e) {
            refused = e;
        } finally {
            if (copy != null) {
                try {
                    copy.close(); // cancels a COPY left unfinished: a row refused, or the source failed
                } catch (SQLException e) {
                    refused = refused == null ? e : refused;
                }
            }
        }
        return refused;
    }

    /** A chunk's outcome and the number of lines taken for it (fewer than asked: the source ended). */
    public record StreamedChunk(ChunkOutcome outcome, int lines) {
    }

    /**
     * On PostgreSQL the chunk's commit does not wait for its WAL to reach the disk (a wait of about 4 ms a chunk,
     * 0.9 s of a million settlements). The job's restart point commits in the same transaction, so a server crash
     * can lose only the last chunks together with their restart point, and the restarted job loads them again; the
     * finish step commits as usual, so a file reported loaded is on disk.
     */
    private static void deferFlush(DSLContext dsl) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("SET LOCAL synchronous_commit = off");
        }
    }

    /**
     * Inserts the chunk in a savepoint. Keys already loaded are rare (the same file is refused
     * whole by its checksum), so the lookup is paid only when the database reports a duplicate key;
     * a reference file that updates earlier rows takes that path chunk by chunk. (The lookup of every
     * chunk of a reference file, a 5,000-row IN list of composite keys, held a 2 M-line filings file
     * at 11,000 lines/s on PostgreSQL.)
     */
    private boolean insertedOptimistically(DSLContext dsl, List<R> records) {
        try {
            dsl.transaction(nested -> BatchInsert.insert(nested.dsl(), kind.table(), records));
            return true;
        } catch (RuntimeException e) {
            if (SqlErrors.isIntegrityViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Where the table is partitioned by month (PostgreSQL), its primary key includes cycle_month and so no
     * longer refuses a key loaded in another month: those months are probed first, under a lock that keeps a
     * concurrent import of another month from loading the same key in between; only the partitions whose key range
     * encloses one of the chunk's ids are looked into id by id. A key found there sends the chunk through the
     * lookup and classification path. {@code keys} is null where the table is not partitioned.
     */
    private boolean loadedInAnotherMonth(DSLContext dsl, ChunkKeys keys) {
        if (keys == null || keys.ids.isEmpty()) {
            return false;
        }
        Table<R> table = kind.table();
        MonthPartitions.lockKeys(dsl, table);
        String[] chunk = keys.ids.toArray(String[]::new);
        return MonthPartitions.otherMonthsMayHold(dsl, table, chunk, keys.months)
                && dsl.fetchExists(DSL.selectOne().from(table).where(setlId().eq(DSL.any(chunk)))
                .and(cycleMonth().notIn(keys.months)));
    }

    /** The keys of {@code records} where the table is partitioned by month, else null. */
    private ChunkKeys keysOf(DSLContext dsl, List<R> records) {
        if (!MonthPartitions.isPartitioned(dsl, kind.table())) {
            return null;
        }
        ChunkKeys keys = new ChunkKeys();
        records.forEach(keys::add);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private Field<String> setlId() {
        return (Field<String>) kind.table().field("setl_id");
    }

    @SuppressWarnings("unchecked")
    private Field<String> cycleMonth() {
        return (Field<String>) kind.table().field("cycle_month");
    }

    /**
     * A chunk's setl_ids and months, for the probe of the other months. A file's lines of one settlement are adjacent
     * (fee lines), and all its lines are of the import's month: skipping repeats of the previous value keeps the
     * lists short without hashing every line.
     */
    private final class ChunkKeys {
        private final List<String> ids = new ArrayList<>();
        private final Set<String> months = new HashSet<>();
        private final int idIndex = kind.table().indexOf(setlId());
        private final int monthIndex = kind.table().indexOf(cycleMonth());
        private String lastId;
        private String lastMonth;

        void add(R record) {
            String id = (String) record.get(idIndex);
            if (!id.equals(lastId)) {
                ids.add(id);
                lastId = id;
            }
            String month = (String) record.get(monthIndex);
            if (!month.equals(lastMonth)) {
                months.add(month);
                lastMonth = month;
            }
        }
    }

    /**
     * The primary key's values, as a map key; jOOQ's {@code record.key()} would build and hash a record per
     * line on the step's thread.
     */
    private Object keyOf(R record) {
        if (keyIndexes.length == 1) {
            return record.get(keyIndexes[0]);
        }
        Object[] values = new Object[keyIndexes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = record.get(keyIndexes[i]);
        }
        return Arrays.asList(values);
    }

    /** A record whose key is already loaded: the same content is a repeat, other content a conflict. */
    private void classifyAgainst(R loaded, ParsedLine.Accepted<R> line, ImportedFile file,
                                 List<ImportRepeatRecord> repeats, List<ParsedLine.Rejected<R>> rejected) {
        Record key = line.record().key();
        if (sameContent(loaded, line.record())) {
            repeats.add(new ImportRepeatRecord(file.id(), line.line(), describe(key)));
        } else {
            rejected.add(conflict(line, loaded, line.record(), key));
        }
    }

    private Map<Object, R> fetchExisting(DSLContext dsl, List<R> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Table<R> table = kind.table();
        List<TableField<R, ?>> pk = table.getPrimaryKey().getFields();
        Map<Object, R> existing = new HashMap<>();
        // slices keep a lookup under PostgreSQL's 32,767 bind values whatever the chunk size
        for (int from = 0; from < records.size(); from += LOOKUP_SLICE) {
            List<R> slice = records.subList(from, Math.min(records.size(), from + LOOKUP_SLICE));
            var condition = pk.size() == 1
                    ? pkIn(pk.get(0), slice)
                    : DSL.row(pk.toArray(Field[]::new)).in(slice.stream().map(r -> DSL.row(r.key().intoArray())).toList());
            for (R r : dsl.selectFrom(table).where(condition).fetch()) {
                existing.put(keyOf(r), r);
            }
        }
        return existing;
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>, T> org.jooq.Condition pkIn(TableField<R, T> field, List<R> records) {
        return field.in(records.stream().map(r -> (T) r.get(field)).distinct().toList());
    }

    private boolean sameContent(R a, R b) {
        return firstDifference(a, b) == null;
    }

    private Field<?> firstDifference(R a, R b) {
        for (Field<?> f : kind.contentFields()) {
            Object x = a.get(f);
            Object y = b.get(f);
            boolean same = x instanceof BigDecimal dx && y instanceof BigDecimal dy
                    ? dx.compareTo(dy) == 0
                    : Objects.equals(x, y);
            if (!same) {
                return f;
            }
        }
        return null;
    }

    private ParsedLine.Rejected<R> conflict(ParsedLine.Accepted<R> line, R loaded, R record, Record key) {
        Field<?> diff = firstDifference(loaded, record);
        String where = loaded.get(kind.importFileId()).equals(record.get(kind.importFileId()))
                ? "line " + loaded.get(kind.fileLine()) + " of this file"
                : "import file #" + loaded.get(kind.importFileId()) + " line " + loaded.get(kind.fileLine());
        String message = describe(key) + " was already loaded from " + where + " with different content ("
                + diff.getName() + " " + loaded.get(diff) + " there, " + record.get(diff) + " here)";
        String keyField = kind.table().getPrimaryKey().getFields().get(0).getName();
        String setlId = kind.isReferenceData() ? null : String.valueOf(record.get(kind.table().field("setl_id")));
        return new ParsedLine.Rejected<>(line.line(), setlId,
                new Rejection(keyField, RejectReason.DUPLICATE_CONFLICT, message));
    }

    private static String describe(Record key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(key.field(i).getName()).append(' ').append(key.get(i));
        }
        return sb.length() > 100 ? sb.substring(0, 100) : sb.toString();
    }
}
