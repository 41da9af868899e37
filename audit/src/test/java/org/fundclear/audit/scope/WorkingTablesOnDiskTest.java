package org.fundclear.audit.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded file database the audit's month working tables are ordinary cached tables (V82): their rows
 * live in H2's page cache and the file, not on the Java heap, so a month of a million settlements audits with
 * -Xmx2g. V23 and V27 had made them MEMORY ... NOT PERSISTENT tables, whose rows and indexes were heap objects.
 */
class WorkingTablesOnDiskTest {

    @TempDir
    Path dir;

    @Test
    void auditVisitAndAuditItemAreCachedTablesOnAFileDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("fc").toAbsolutePath() + ";MODE=Oracle");
        dataSource.setUser("sa");
        SchemaMigrator.migrate(dataSource, DatabaseVendor.H2);

        Map<String, String> storage = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT table_name, storage_type FROM information_schema.tables"
                     + " WHERE table_name IN ('AUDIT_VISIT', 'AUDIT_ITEM', 'SETTLEMENT') ORDER BY table_name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                storage.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(storage).containsExactly(Map.entry("AUDIT_ITEM", "CACHED"), Map.entry("AUDIT_VISIT", "CACHED"),
                Map.entry("SETTLEMENT", "CACHED"));
    }
}
