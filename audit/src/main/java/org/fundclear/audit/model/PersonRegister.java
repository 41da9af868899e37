package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.PERSON;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Reads register entries of many persons, a thousand per query: one IN list per chunk, not one lookup per row. */
final class PersonRegister {
    private static final int CHUNK = 1000;

    private PersonRegister() {
    }

    /** The {@code fields} of those of {@code psnNos} the register holds. */
    static List<Record> of(DSLContext dsl, Collection<String> psnNos, Field<?>... fields) {
        List<Record> rows = new ArrayList<>();
        forEach(dsl, psnNos, rows::add, fields);
        return rows;
    }

    /** {@link #of} a chunk at a time, for a month's persons: the rows are not held together. */
    static void forEach(DSLContext dsl, Collection<String> psnNos, Consumer<Record> action, Field<?>... fields) {
        List<String> persons = new ArrayList<>(psnNos);
        for (int from = 0; from < persons.size(); from += CHUNK) {
            dsl.select(fields).from(PERSON)
                    .where(PERSON.PSN_NO.in(persons.subList(from, Math.min(persons.size(), from + CHUNK))))
                    .fetch().forEach(action);
        }
    }
}
