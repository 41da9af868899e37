package org.fundclear.sql;

import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** jOOQ settings every fundclear context uses, with or without Spring. */
public final class Jooq {
    private Jooq() {
    }

    /**
     * Names are rendered unquoted so each database folds them its own way (H2 and Oracle upper,
     * PostgreSQL lower), matching the unquoted names in the migrations.
     */
    public static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false);
    }

    public static void apply(Configuration configuration, DatabaseVendor vendor) {
        configuration.set(vendor.dialect()).set(settings());
    }

    /** A context that runs each statement in its own transaction unless the caller opens one. */
    public static DSLContext using(DataSource dataSource, DatabaseVendor vendor) {
        return DSL.using(dataSource, vendor.dialect(), settings());
    }
}
