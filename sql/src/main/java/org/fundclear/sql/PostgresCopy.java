package org.fundclear.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record;
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
    private static final int FLUSH_BYTES = 1 << 16;

    private PostgresCopy() {
    }

    public static <R extends TableRecord<R>> void copy(Connection connection, Table<R> table, List<R> records)
            throws SQLException {
        try (Rows rows = open(connection, table)) {
            for (R record : records) {
                rows.record(record);
            }
            rows.finish();
        }
    }

    /** A COPY of every column of the table, in the order of its records' values. */
    public static Rows open(Connection connection, Table<?> table) throws SQLException {
        return open(connection, table.getName(), Stream.of(table.fields()).map(Field::getName).toList());
    }

    public static Rows open(Connection connection, String table, List<String> columns) throws SQLException {
        // quoted lower case: the tables are created unquoted (folded to lower case), and a column may be a keyword
        String list = columns.stream().map(c -> '"' + c.toLowerCase(Locale.ROOT) + '"').collect(Collectors.joining(", "));
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table.toLowerCase(Locale.ROOT) + " (" + list + ") FROM STDIN WITH (FORMAT csv)");
        return new Rows(in);
    }

    /**
     * One COPY in progress: values row by row, then {@link #finish()}; closing an unfinished one cancels it.
     * The CSV is encoded to UTF-8 straight into a byte buffer (no intermediate String: encoding through
     * StringBuilder → String → bytes was a third of the client's COPY time with Chinese names).
     */
    public static final class Rows implements AutoCloseable {
        private final CopyIn in;
        private byte[] buffer = new byte[FLUSH_BYTES + 4096];
        private int length;
        private boolean rowStarted;

        private Rows(CopyIn in) {
            this.in = in;
        }

        public void value(Object value) throws SQLException {
            if (rowStarted) {
                put((byte) ',');
            }
            rowStarted = true;
            switch (value) {
                case null -> { }
                case String s -> quoted(s);
                case BigDecimal d -> decimal(d);
                case LocalDate d when d.getYear() >= 1000 && d.getYear() <= 9999 -> date(d);
                case LocalDateTime t when t.getNano() == 0 && t.getYear() >= 1000 && t.getYear() <= 9999 -> {
                    date(t.toLocalDate());
                    put((byte) ' ');
                    twoDigits(t.getHour());
                    put((byte) ':');
                    twoDigits(t.getMinute());
                    put((byte) ':');
                    twoDigits(t.getSecond());
                }
                case Long n -> number(n);
                case Integer n -> number(n);
                case Number n -> ascii(n.toString());
                case Boolean b -> ascii(b.toString());
                // dates and times print in ISO form, which PostgreSQL reads
                default -> quoted(value.toString());
            }
        }

        /** One row: every value of a record of the table the COPY was opened with by {@link #open(Connection, Table)}. */
        public void record(Record record) throws SQLException {
            for (int i = 0, n = record.size(); i < n; i++) {
                value(record.get(i));
            }
            endRow();
        }

        public void endRow() throws SQLException {
            put((byte) '\n');
            rowStarted = false;
            if (length >= FLUSH_BYTES) {
                flush();
            }
        }

        /** Sends what is left and ends the COPY; the server checks keys and constraints here at the latest. */
        public long finish() throws SQLException {
            flush();
            return in.endCopy();
        }

        private void quoted(String s) {
            int n = s.length();
            ensure(3 * n + 2 + n); // UTF-8 needs at most 3 bytes a char (4 a surrogate pair); quotes double
            byte[] b = buffer;
            int p = length;
            b[p++] = '"';
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c == '"') {
                        b[p++] = '"';
                    }
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    b[p++] = '?'; // a lone surrogate is not text; String.getBytes(UTF_8) writes '?' too
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            b[p++] = '"';
            length = p;
        }

        /** Plain notation without BigDecimal.toPlainString (half the encoding time of a settlement row). */
        private void decimal(BigDecimal d) {
            int scale = d.scale();
            if (scale < 0 || scale > 17 || d.precision() > 18) {
                ascii(d.toPlainString());
                return;
            }
            long u = d.scaleByPowerOfTen(scale).longValue(); // unscaledValue() would build a BigInteger per amount
            if (u < 0) {
                put((byte) '-');
                u = -u;
            }
            int digits = 1;
            for (long x = u / 10; x > 0; x /= 10) {
                digits++;
            }
            int width = Math.max(digits, scale + 1);
            int end = length + width + (scale > 0 ? 1 : 0);
            ensure(end - length);
            int p = end - 1;
            for (int i = 0; i < width; i++) {
                if (scale > 0 && i == scale) {
                    buffer[p--] = '.';
                }
                buffer[p--] = (byte) ('0' + (u % 10));
                u /= 10;
            }
            length = end;
        }

        private void date(LocalDate d) {
            ensure(10);
            int y = d.getYear();
            put((byte) ('0' + y / 1000));
            put((byte) ('0' + y / 100 % 10));
            twoDigits(y % 100);
            put((byte) '-');
            twoDigits(d.getMonthValue());
            put((byte) '-');
            twoDigits(d.getDayOfMonth());
        }

        private void twoDigits(int v) {
            put((byte) ('0' + v / 10));
            put((byte) ('0' + v % 10));
        }

        private void ascii(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buffer[length++] = (byte) s.charAt(i);
            }
        }

        private void number(long v) {
            if (v < 0) {
                ascii(Long.toString(v));
                return;
            }
            ensure(20);
            int digits = 1;
            for (long x = v / 10; x > 0; x /= 10) {
                digits++;
            }
            int end = length + digits;
            for (int p = end - 1; p >= length; p--) {
                buffer[p] = (byte) ('0' + (v % 10));
                v /= 10;
            }
            length = end;
        }

        private void put(byte b) {
            ensure(1);
            buffer[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
            }
        }

        private void flush() throws SQLException {
            if (length > 0) {
                in.writeToCopy(buffer, 0, length);
                length = 0;
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
