package org.fundclear.sql;

import java.util.Arrays;
import java.util.Locale;
import org.jooq.SQLDialect;

/** The databases fundclear supports, recognised from a JDBC URL. */
public enum DatabaseVendor {
    H2("h2", "jdbc:h2:"),
    POSTGRESQL("postgresql", "jdbc:postgresql:"),
    ORACLE("oracle", "jdbc:oracle:");

    private final String migrationFolder;
    private final String urlPrefix;

    DatabaseVendor(String migrationFolder, String urlPrefix) {
        this.migrationFolder = migrationFolder;
        this.urlPrefix = urlPrefix;
    }

    public static DatabaseVendor fromUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> url.startsWith(v.urlPrefix))
                .findFirst()
                .orElseThrow(() -> new UnsupportedDatabaseException(
                        "Unsupported database URL '" + jdbcUrl + "': use jdbc:h2:, jdbc:postgresql: or jdbc:oracle:"));
    }

    /** Folder under {@code db/migration} holding this vendor's own migrations. */
    public String migrationFolder() {
        return migrationFolder;
    }

    /**
     * The jOOQ dialect. Oracle needs a commercial jOOQ edition (Maven profile {@code oracle});
     * the open-source jar has no Oracle dialect, so we stop here instead of emitting wrong SQL.
     */
    public SQLDialect dialect() {
        return switch (this) {
            case H2 -> SQLDialect.H2;
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case ORACLE -> Arrays.stream(SQLDialect.values())
                    .filter(d -> d.name().equals("ORACLE") && d.supported())
                    .findFirst()
                    .orElseThrow(() -> new UnsupportedDatabaseException(
                            "Oracle needs the commercial jOOQ edition: this build uses open-source jOOQ, which has no "
                                    + "Oracle dialect. Rebuild with 'mvn -Poracle package' and your jOOQ licence "
                                    + "(see README, section Oracle), or use H2 or PostgreSQL."));
        };
    }
}
