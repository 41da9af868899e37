package org.fundclear.clearing.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fundclear.sql.jooq.tables.records.ImportRepeatRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

import static org.fundclear.sql.jooq.Tables.IMPORT_REPEAT;

/**
 * Writes one chunk of parsed lines in the caller's transaction. A record whose key is already
 * loaded (earlier in this chunk or in the database) with equal content is an identical repeat:
 * a no-op that is counted. With other content it is a conflict (E14), except reference data from an
 * earlier file, which the new file updates.
 */
public final class ChunkLoader<R extends UpdatableRecord<R>> {
    private final IntakeKind<R> kind;
    private final RejectRepository rejects = new RejectRepository();

    public ChunkLoader(IntakeKind<R> kind) {
        this.kind = kind;
    }

    public ChunkOutcome load(DSLContext dsl, ImportedFile file, List<? extends ParsedLine<R>> lines) {
        List<ParsedLine.Rejected<R>> rejected = new ArrayList<>();
        List<ParsedLine.Accepted<R>> accepted = new ArrayList<>(lines.size());
        for (ParsedLine<R> line : lines) {
            switch (line) {
                case ParsedLine.Rejected<R> r -> rejected.add(r);
                case ParsedLine.Accepted<R> a -> accepted.add(a);
            }
        }
        Map<Record, R> existing = fetchExisting(dsl, accepted);
        Map<Record, ParsedLine.Accepted<R>> seen = new HashMap<>();
        List<R> inserts = new ArrayList<>();
        List<R> updates = new ArrayList<>();
        List<ImportRepeatRecord> repeats = new ArrayList<>();
        for (ParsedLine.Accepted<R> line : accepted) {
            R record = line.record();
            record.set(kind.importFileId(), file.id());
            record.set(kind.fileLine(), line.line());
            Record key = record.key();
            ParsedLine.Accepted<R> earlier = seen.get(key);
            R loaded = earlier != null ? earlier.record() : existing.get(key);
            if (loaded == null) {
                seen.put(key, line);
                inserts.add(record);
            } else if (sameContent(loaded, record)) {
                repeats.add(new ImportRepeatRecord(file.id(), line.line(), describe(key)));
            } else if (kind.isReferenceData() && earlier == null && !loaded.get(kind.importFileId()).equals(file.id())) {
                seen.put(key, line);
                updates.add(record);
            } else {
                rejected.add(conflict(line, loaded, record, key));
            }
        }
        insert(dsl, inserts);
        if (!updates.isEmpty()) {
            updates.forEach(r -> r.changed(true));
            dsl.batchUpdate(updates).execute();
        }
        if (!repeats.isEmpty()) {
            dsl.batchInsert(repeats).execute();
        }
        rejects.insert(dsl, file, rejected);
        return new ChunkOutcome(inserts.size() + updates.size(), rejected.size(), repeats.size());
    }

    private Map<Record, R> fetchExisting(DSLContext dsl, List<ParsedLine.Accepted<R>> accepted) {
        if (accepted.isEmpty()) {
            return Map.of();
        }
        Table<R> table = kind.table();
        List<TableField<R, ?>> pk = table.getPrimaryKey().getFields();
        var condition = pk.size() == 1
                ? pkIn(pk.get(0), accepted)
                : DSL.row(pk.toArray(Field[]::new)).in(accepted.stream().map(a -> DSL.row(a.record().key().intoArray())).toList());
        Map<Record, R> existing = new HashMap<>();
        for (R r : dsl.selectFrom(table).where(condition).fetch()) {
            existing.put(r.key(), r);
        }
        return existing;
    }

    @SuppressWarnings("unchecked")
    private static <R extends UpdatableRecord<R>, T> org.jooq.Condition pkIn(TableField<R, T> field,
                                                                           List<ParsedLine.Accepted<R>> accepted) {
        return field.in(accepted.stream().map(a -> (T) a.record().get(field)).distinct().toList());
    }

    private void insert(DSLContext dsl, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Field<?>[] fields = kind.table().fields();
        BatchBindStep batch = dsl.batch(dsl.insertInto(kind.table()).columns(fields)
                .values(Collections.nCopies(fields.length, null)));
        for (R r : records) {
            batch.bind(r.intoArray());
        }
        batch.execute();
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
