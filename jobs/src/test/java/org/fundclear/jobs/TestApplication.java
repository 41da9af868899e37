package org.fundclear.jobs;

import java.util.Map;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application context on a test's own database. */
public final class TestApplication {
    private TestApplication() {
    }

    public static ConfigurableApplicationContext start(TestDatabase db, Map<String, Object> extraProperties) {
        String user = db.vendor() == DatabaseVendor.H2 ? "sa" : "postgres";
        return ApplicationContexts.start(new DatabaseUrl(db.url(), user, null), extraProperties);
    }

    public static ConfigurableApplicationContext start(TestDatabase db) {
        return start(db, Map.of());
    }
}
