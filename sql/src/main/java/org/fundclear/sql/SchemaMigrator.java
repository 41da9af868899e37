package org.fundclear.sql;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one way the schema is created or upgraded: the portable business migrations plus the
 * vendor's own (Spring Batch and Quartz tables, anything not portable).
 */
public final class SchemaMigrator {
    private SchemaMigrator() {
    }

    public static FluentConfiguration configure(FluentConfiguration config, DatabaseVendor vendor) {
        return config.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
                .validateMigrationNaming(true);
    }

    public static void migrate(DataSource dataSource, DatabaseVendor vendor) {
        Flyway flyway = configure(Flyway.configure(), vendor).dataSource(dataSource).load();
        flyway.migrate();
    }
}
