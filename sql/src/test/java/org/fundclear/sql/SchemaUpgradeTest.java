package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database made by the previous release (migrated to V80) upgrades to the current schema in order: a new migration
 * numbered below one already applied would be refused by Flyway as out of order, and users' ./data would stop opening.
 */
class SchemaUpgradeTest {
    private static final String PREVIOUS_RELEASE = "80";
    /** The migrations the previous release shipped (H2 and PostgreSQL): a new one must be numbered above them all. */
    private static final List<String> RELEASED = List.of("1", "2", "3", "10", "20", "21", "22", "23", "24", "25", "26",
            "27", "28", "30", "31", "60", "70", "71", "80");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aDatabaseOfThePreviousReleaseUpgradesInOrder(DatabaseVendor vendor) throws Exception {
        String pgDatabase = vendor == DatabaseVendor.POSTGRESQL ? createPostgresDatabase() : null;
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(pgDatabase == null
                    ? "jdbc:h2:mem:u" + UUID.randomUUID().toString().replace("-", "") + ";MODE=Oracle;DB_CLOSE_DELAY=-1"
                    : TestDatabase.PG_ADMIN_URL.substring(0, TestDatabase.PG_ADMIN_URL.lastIndexOf('/') + 1) + pgDatabase);
            ds.setUsername(pgDatabase == null ? "sa" : "postgres");
            Flyway previous = SchemaMigrator.configure(Flyway.configure(), vendor).dataSource(ds)
                    .target(PREVIOUS_RELEASE).load();
            assertThat(Arrays.stream(previous.info().all()).map(m -> m.getVersion().getVersion())
                    .filter(v -> new BigDecimal(v).compareTo(new BigDecimal(PREVIOUS_RELEASE)) <= 0))
                    .as("migrations numbered within the previous release's range").containsExactlyElementsOf(RELEASED);
            previous.migrate();
            assertThat(previous.info().current().getVersion().getVersion()).isEqualTo(PREVIOUS_RELEASE);

            SchemaMigrator.migrate(ds, vendor);

            var dsl = Jooq.using(ds, vendor);
            assertThat(dsl.fetchCount(DSL.table("rule_book_version"))).as("the rule book's first version").isEqualTo(1);
            assertThat(SchemaMigrator.configure(Flyway.configure(), vendor).dataSource(ds).load().info().pending()).isEmpty();
        } finally {
            if (pgDatabase != null) {
                try (Connection c = DriverManager.getConnection(TestDatabase.PG_ADMIN_URL, "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
                }
            }
        }
    }

    private static String createPostgresDatabase() {
        String db = "fc_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_ADMIN_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            return db;
        } catch (Exception e) {
            if ("required".equalsIgnoreCase(System.getenv("FUNDCLEAR_TEST_PG"))) {
                throw new IllegalStateException("PostgreSQL is required but does not answer: " + e.getMessage(), e);
            }
            Assumptions.abort("no PostgreSQL server: " + e.getMessage());
            return null;
        }
    }
}
