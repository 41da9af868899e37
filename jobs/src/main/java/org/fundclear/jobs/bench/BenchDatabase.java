package org.fundclear.jobs.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.sql.DatabaseVendor;

/**
 * A fresh database for one measurement: without {@code --db} an H2 file database in a directory of
 * its own (emptied first); with a PostgreSQL URL a new database on that server, dropped on close, so
 * every figure and its floor start from the same empty, migrated schema on the same server.
 */
public final class BenchDatabase implements AutoCloseable {
    private static final Pattern PG_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    private final DatabaseUrl url;
    private final DatabaseUrl admin;
    private final String created;

    private BenchDatabase(DatabaseUrl url, DatabaseUrl admin, String created) {
        this.url = url;
        this.admin = admin;
        this.created = created;
    }

    /** {@code option} is the {@code --db} value (null: H2 under {@code h2Dir}); {@code purpose} names the database. */
    public static BenchDatabase create(String option, Path h2Dir, String purpose) throws IOException {
        if (option == null) {
            return new BenchDatabase(DatabaseUrl.resolve(DatabaseUrl.embedded(BenchImportCommand.freshDirectory(h2Dir))),
                    null, null);
        }
        DatabaseUrl admin = DatabaseUrl.resolve(option);
        if (DatabaseVendor.fromUrl(option) != DatabaseVendor.POSTGRESQL) {
            throw new UsageException("benchmarks run on H2 (no --db) or PostgreSQL (--db jdbc:postgresql://HOST/DB, a "
                    + "fresh database is created beside DB and dropped afterwards), not on " + admin.display());
        }
        Matcher m = PG_URL.matcher(option);
        if (!m.matches()) {
            throw new UsageException("expected --db jdbc:postgresql://HOST[:PORT]/DB[?...], got " + admin.display());
        }
        String name = "fc_bench_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(admin, "CREATE DATABASE " + name);
        String url = m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
        return new BenchDatabase(new DatabaseUrl(url, admin.user(), admin.password()), admin, name);
    }

    /** The H2 file database an earlier run left, kept as it is. */
    public static BenchDatabase existing(String h2Url) {
        return new BenchDatabase(DatabaseUrl.resolve(h2Url), null, null);
    }

    public DatabaseUrl url() {
        return url;
    }

    public DatabaseVendor vendor() {
        return DatabaseVendor.fromUrl(url.url());
    }

    /** For the report line: which kind of database the figures are from. */
    public String describe() {
        return created == null ? "H2 file database" : "PostgreSQL database " + created;
    }

    @Override
    public void close() throws SQLException {
        if (created != null) {
            execute(admin, "DROP DATABASE IF EXISTS " + created + " WITH (FORCE)");
        }
    }

    private static void execute(DatabaseUrl db, String sql) {
        Properties p = new Properties();
        if (db.user() != null) {
            p.setProperty("user", db.user());
        }
        if (db.password() != null) {
            p.setProperty("password", db.password());
        }
        try (Connection c = DriverManager.getConnection(db.url(), p); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UsageException("cannot " + sql + " on " + db.display() + ": " + e.getMessage());
        }
    }
}
