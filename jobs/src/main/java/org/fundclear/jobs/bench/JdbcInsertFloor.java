package org.fundclear.jobs.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.fundclear.clearing.intake.CsvHeader;
import org.fundclear.clearing.intake.CsvSource;
import org.fundclear.sql.PostgresCopy;

/**
 * The floor an import is measured against: the same settlement rows, read with the same CSV
 * parser, loaded into the same table of the same database with no validation at all — as a plain
 * JDBC batch insert (H2), or as one {@code COPY ... FROM STDIN} (PostgreSQL's fastest bulk path).
 * Deliberately plain JDBC: it is the baseline, not product code.
 */
final class JdbcInsertFloor {
    private static final List<String> STRING_COLUMNS = List.of("setl_id", "mdtrt_id", "psn_no", "certno", "psn_name",
            "gend", "insutype", "med_type", "dise_codg", "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code",
            "refd_setl_flag", "init_setl_id");
    private static final List<String> DATE_COLUMNS = List.of("brdy", "begndate", "enddate");
    private static final List<String> AMOUNT_COLUMNS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt",
            "hifp_pay", "hifmi_pay", "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay",
            "psn_cash_pay");
    private static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JdbcInsertFloor() {
    }

    /** Inserts every row of the settlements file in JDBC batches; returns the number of rows. */
    static long insertSettlements(DataSource dataSource, Path file, int batchSize) throws SQLException {
        String sql = "INSERT INTO settlement (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ')';
        long rows = 0;
        try (Connection c = dataSource.getConnection(); CsvSource source = new CsvSource(file, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            CsvHeader header = source.header();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (CsvSource.RawLine line; (line = source.next()) != null; ) {
                    Object[] values = row(header, line);
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    ps.addBatch();
                    if (++rows % batchSize == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        return rows;
    }

    /** Streams every row of the settlements file through one COPY; returns the number of rows. */
    static long copySettlements(DataSource dataSource, Path file) throws SQLException {
        long rows = 0;
        try (Connection c = dataSource.getConnection(); CsvSource source = new CsvSource(file, StandardCharsets.UTF_8);
             PostgresCopy.Rows copy = PostgresCopy.open(c, "settlement", COLUMNS)) {
            CsvHeader header = source.header();
            for (CsvSource.RawLine line; (line = source.next()) != null; rows++) {
                for (Object value : row(header, line)) {
                    copy.value(value);
                }
                copy.endRow();
            }
            copy.finish();
        }
        return rows;
    }

    private static Object[] row(CsvHeader header, CsvSource.RawLine line) {
        Object[] values = new Object[COLUMNS.size()];
        int p = 0;
        for (String col : STRING_COLUMNS) {
            values[p++] = value(header, line, col);
        }
        for (String col : DATE_COLUMNS) {
            String v = value(header, line, col);
            values[p++] = v == null ? null : LocalDate.parse(v);
        }
        for (String col : AMOUNT_COLUMNS) {
            String v = value(header, line, col);
            values[p++] = v == null ? BigDecimal.ZERO : new BigDecimal(v);
        }
        String time = value(header, line, "setl_time");
        values[p++] = LocalDateTime.parse(time, TIME);
        values[p++] = time.substring(0, 7);
        values[p++] = time.substring(0, 7);
        values[p++] = "0";
        values[p++] = 1L;
        values[p] = (long) line.line();
        return values;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(STRING_COLUMNS);
        columns.addAll(DATE_COLUMNS);
        columns.addAll(AMOUNT_COLUMNS);
        columns.addAll(List.of("setl_time", "setl_month", "cycle_month", "late_flag", "import_file_id", "file_line"));
        return List.copyOf(columns);
    }

    private static String value(CsvHeader header, CsvSource.RawLine line, String column) {
        String v = line.fields().get(header.indexOf(column));
        return v.isEmpty() ? null : v;
    }
}
