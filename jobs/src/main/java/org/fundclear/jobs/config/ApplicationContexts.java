package org.fundclear.jobs.config;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.fundclear.sql.DatabaseVendor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, failing with a clear message when the database can't be used. */
public final class ApplicationContexts {
    private ApplicationContexts() {
    }

    public static ConfigurableApplicationContext start(DatabaseUrl db) {
        return start(db, Map.of());
    }

    /** With extra Spring properties (tests tune chunk sizes, for example). */
    public static ConfigurableApplicationContext start(DatabaseUrl db, Map<String, Object> extraProperties) {
        DatabaseVendor vendor;
        try {
            vendor = DatabaseVendor.fromUrl(db.url());
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage());
        }
        vendor.dialect(); // an Oracle URL on the open-source build stops here, before any connection
        try {
            return new SpringApplicationBuilder(FundclearConfiguration.class).run(arguments(db, extraProperties));
        } catch (RuntimeException e) {
            Throwable root = Failures.rootCause(e);
            if (root instanceof SQLException || root instanceof ConnectException) {
                throw new UsageException("cannot use the database " + db.display() + ": " + root.getMessage());
            }
            if (root instanceof FlywayValidateException) {
                throw new UsageException("the database " + db.display() + " holds a schema this build does not "
                        + "recognise (" + root.getMessage().lines().skip(1).findFirst().orElse("") + "); use a database "
                        + "created by this version, or another --db");
            }
            throw e;
        }
    }

    /** As command-line arguments: they take precedence over application.properties (builder defaults do not). */
    private static String[] arguments(DatabaseUrl db, Map<String, Object> extraProperties) {
        Map<String, Object> all = new LinkedHashMap<>(db.properties());
        all.putAll(extraProperties);
        return all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
