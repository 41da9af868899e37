package org.fundclear.sql.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.Jooq;
import org.fundclear.sql.SchemaMigrator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, migrated database of its own for one test: an H2 in-memory database in Oracle mode, or
 * a new database on the local PostgreSQL server that is dropped on close. PostgreSQL tests are
 * skipped when no server answers, unless {@code FUNDCLEAR_TEST_PG=required} (CI), where they fail.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String PG_ADMIN_URL = System.getenv().getOrDefault(
            "FUNDCLEAR_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = System.getenv().getOrDefault("FUNDCLEAR_TEST_PG_USER", "postgres");

    private final DatabaseVendor vendor;
    private final String url;
    private final HikariDataSource dataSource;
    private final String pgDatabase;

    private TestDatabase(DatabaseVendor vendor, String url, String user, String pgDatabase) {
        this.vendor = vendor;
        this.url = url;
        this.pgDatabase = pgDatabase;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(4);
        config.setPoolName("test-" + vendor.name().toLowerCase(Locale.ROOT));
        this.dataSource = new HikariDataSource(config);
        SchemaMigrator.migrate(dataSource, vendor);
    }

    /** The vendors every database test runs on: H2 always, PostgreSQL where a server answers. */
    public static Stream<DatabaseVendor> vendors() {
        return Stream.of(DatabaseVendor.H2, DatabaseVendor.POSTGRESQL);
    }

    public static TestDatabase create(DatabaseVendor vendor) {
        return switch (vendor) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case ORACLE -> throw new IllegalArgumentException("Oracle tests use Testcontainers directly");
        };
    }

    public static TestDatabase h2() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return new TestDatabase(DatabaseVendor.H2, "jdbc:h2:mem:" + name + ";MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", null);
    }

    public static TestDatabase postgres() {
        boolean required = "required".equalsIgnoreCase(System.getenv("FUNDCLEAR_TEST_PG"));
        String db = "fc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException("PostgreSQL is required (FUNDCLEAR_TEST_PG=required) but "
                        + PG_ADMIN_URL + " does not answer: " + e.getMessage(), e);
            }
            Assumptions.abort("no PostgreSQL server at " + PG_ADMIN_URL + ": " + e.getMessage());
        }
        String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + db;
        return new TestDatabase(DatabaseVendor.POSTGRESQL, url, PG_USER, db);
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return Jooq.using(dataSource, vendor);
    }

    @Override
    public void close() {
        if (vendor == DatabaseVendor.H2) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // the in-memory database is gone either way
            }
        }
        dataSource.close();
        if (pgDatabase != null) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test database " + pgDatabase, e);
            }
        }
    }

    @Override
    public String toString() {
        return vendor.name();
    }
}
