package org.fundclear.jobs.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.fundclear.clearing.intake.CsvHeader;
import org.fundclear.clearing.intake.CsvSource;

/**
 * The floor an import is measured against: the same settlement rows, read with the same CSV
 * parser, inserted with a plain JDBC batch into the same table of the same kind of database, with
 * no validation at all. Deliberately plain JDBC: it is the baseline, not product code.
 */
final class JdbcInsertFloor {
    private static final List<String> STRING_COLUMNS = List.of("setl_id", "mdtrt_id", "psn_no", "certno", "psn_name",
            "gend", "insutype", "med_type", "dise_codg", "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code",
            "refd_setl_flag", "init_setl_id");
    private static final List<String> DATE_COLUMNS = List.of("brdy", "begndate", "enddate");
    private static final List<String> AMOUNT_COLUMNS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt",
            "hifp_pay", "hifmi_pay", "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay",
            "psn_cash_pay");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JdbcInsertFloor() {
    }

    /** Inserts every row of the settlements file; returns the number of rows. */
    static long insertSettlements(DataSource dataSource, Path file, int batchSize) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO settlement (");
        List<String> columns = new java.util.ArrayList<>();
        columns.addAll(STRING_COLUMNS);
        columns.addAll(DATE_COLUMNS);
        columns.addAll(AMOUNT_COLUMNS);
        columns.addAll(List.of("setl_time", "setl_month", "cycle_month", "late_flag", "import_file_id", "file_line"));
        sql.append(String.join(", ", columns)).append(") VALUES (")
                .append(String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))).append(')');
        long rows = 0;
        try (Connection c = dataSource.getConnection(); CsvSource source = new CsvSource(file, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            CsvHeader header = source.header();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (CsvSource.RawLine line; (line = source.next()) != null; ) {
                    int p = 1;
                    for (String col : STRING_COLUMNS) {
                        ps.setString(p++, value(header, line, col));
                    }
                    for (String col : DATE_COLUMNS) {
                        String v = value(header, line, col);
                        if (v == null) {
                            ps.setNull(p++, Types.DATE);
                        } else {
                            ps.setObject(p++, LocalDate.parse(v));
                        }
                    }
                    for (String col : AMOUNT_COLUMNS) {
                        String v = value(header, line, col);
                        ps.setBigDecimal(p++, v == null ? BigDecimal.ZERO : new BigDecimal(v));
                    }
                    String time = value(header, line, "setl_time");
                    ps.setTimestamp(p++, Timestamp.valueOf(LocalDateTime.parse(time, TIME)));
                    ps.setString(p++, time.substring(0, 7));
                    ps.setString(p++, time.substring(0, 7));
                    ps.setString(p++, "0");
                    ps.setLong(p++, 1L);
                    ps.setLong(p, line.line());
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

    private static String value(CsvHeader header, CsvSource.RawLine line, String column) {
        String v = line.fields().get(header.indexOf(column));
        return v.isEmpty() ? null : v;
    }
}
