package org.fundclear.sql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk path: records streamed as CSV through {@code COPY ... FROM STDIN} on the caller's
 * connection, so they join its transaction (and its savepoint: a duplicate key fails the whole COPY
 * with SQLSTATE 23505, like the batch insert it replaces). Strings are always quoted so that an empty
 * string stays distinct from NULL, which CSV COPY writes as an unquoted empty field.
 */
public final class PostgresCopy {
    private static final int FLUSH_CHARS = 1 << 16;

    private PostgresCopy() {
    }

    public static <R extends TableRecord<R>> void copy(Connection connection, Table<R> table, List<R> records)
            throws SQLException {
        Field<?>[] fields = table.fields();
        try (Rows rows = open(connection, table.getName(),
                Stream.of(fields).map(Field::getName).collect(Collectors.toList()))) {
            for (R record : records) {
                for (int i = 0; i < fields.length; i++) {
                    rows.value(record.get(i));
                }
                rows.endRow();
            }
            rows.finish();
        }
    }

    public static Rows open(Connection connection, String table, List<String> columns) throws SQLException {
        // quoted lower case: the tables are created unquoted (folded to lower case), and a column may be a keyword
        String list = columns.stream().map(c -> '"' + c.toLowerCase(Locale.ROOT) + '"').collect(Collectors.joining(", "));
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table.toLowerCase(Locale.ROOT) + " (" + list + ") FROM STDIN WITH (FORMAT csv)");
        return new Rows(in);
    }

    /** One COPY in progress: values row by row, then {@link #finish()}; closing an unfinished one cancels it. */
    public static final class Rows implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
        private boolean rowStarted;

        private Rows(CopyIn in) {
            this.in = in;
        }

        public void value(Object value) throws SQLException {
            if (rowStarted) {
                buffer.append(',');
            }
            rowStarted = true;
            switch (value) {
                case null -> { }
                case String s -> quoted(s);
                case BigDecimal d -> buffer.append(d.toPlainString());
                case Number n -> buffer.append(n);
                case Boolean b -> buffer.append(b);
                // dates and times print in ISO form, which PostgreSQL reads
                default -> quoted(value.toString());
            }
        }

        public void endRow() throws SQLException {
            buffer.append('\n');
            rowStarted = false;
            if (buffer.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        /** Sends what is left and ends the COPY; the server checks keys and constraints here at the latest. */
        public long finish() throws SQLException {
            flush();
            return in.endCopy();
        }

        private void quoted(String s) {
            buffer.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    buffer.append('"');
                }
                buffer.append(c);
            }
            buffer.append('"');
        }

        private void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
