package org.fundclear.jobs.cli;

import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.sql.DatabaseVendor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, failing with a clear message when the database can't be used. */
final class Application {
    private Application() {
    }

    static ConfigurableApplicationContext start(DatabaseUrl db) {
        DatabaseVendor vendor;
        try {
            vendor = DatabaseVendor.fromUrl(db.url());
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage());
        }
        vendor.dialect(); // an Oracle URL on the open-source build stops here, before any connection
        try {
            return new SpringApplicationBuilder(FundclearConfiguration.class)
                    .properties(db.properties())
                    .run();
        } catch (RuntimeException e) {
            throw new UsageException("cannot use the database " + db.display() + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
