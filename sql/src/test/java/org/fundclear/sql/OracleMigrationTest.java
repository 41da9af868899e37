package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.oracle.OracleContainer;

/**
 * The Oracle migrations on a real Oracle Free server. Needs a Docker engine; where there is none
 * the class is reported as skipped. Only Flyway runs here: jOOQ against Oracle needs the
 * commercial edition (Maven profile {@code oracle}).
 */
@Testcontainers(disabledWithoutDocker = true)
class OracleMigrationTest {

    @Container
    private static final OracleContainer ORACLE = new OracleContainer("gvenzl/oracle-free:23-slim-faststart");

    @Test
    void migratesOnOracleFree() throws Exception {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(ORACLE.getJdbcUrl());
            ds.setUsername(ORACLE.getUsername());
            ds.setPassword(ORACLE.getPassword());
            SchemaMigrator.migrate(ds, DatabaseVendor.ORACLE);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM user_tables WHERE table_name IN "
                         + "('SETTLEMENT','LEDGER_ENTRY','BATCH_JOB_INSTANCE','QRTZ_LOCKS')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }
    }
}
