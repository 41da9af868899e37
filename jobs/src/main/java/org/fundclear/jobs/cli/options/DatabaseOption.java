package org.fundclear.jobs.cli.options;

import org.fundclear.jobs.config.DatabaseUrl;
import picocli.CommandLine.Option;

/** {@code --db JDBC_URL}, shared by every command that touches the database. */
public class DatabaseOption {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL (default: env FUNDCLEAR_DB_URL, else an H2 file database under ./data)")
    String url;

    public DatabaseUrl resolve() {
        return DatabaseUrl.resolve(url);
    }
}
