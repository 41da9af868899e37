package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.fundclear.sql.jooq.Tables.REGION;

import java.time.LocalDateTime;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMigrationTest {

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void migratesBusinessBatchAndQuartzTablesAndGeneratedClassesMatch(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            dsl.insertInto(REGION, REGION.ADMDVS, REGION.NAME, REGION.PROV_ADMDVS, REGION.IMPORT_FILE_ID,
                    REGION.FILE_LINE).values("530900", "临沧市", "530000", 1L, 2L).execute();
            Long id = dsl.nextval(Sequences.IMPORT_FILE_SEQ);
            dsl.insertInto(IMPORT_FILE)
                    .set(IMPORT_FILE.ID, id).set(IMPORT_FILE.FILE_NAME, "settlements.csv")
                    .set(IMPORT_FILE.FILE_KIND, "SETTLEMENTS").set(IMPORT_FILE.CHECKSUM, "x".repeat(64))
                    .set(IMPORT_FILE.ENCODING, "UTF-8").set(IMPORT_FILE.CYCLE_MONTH, "2026-10")
                    .set(IMPORT_FILE.STATUS, "LOADING").set(IMPORT_FILE.ROW_COUNT, 0L)
                    .set(IMPORT_FILE.LOADED_COUNT, 0L).set(IMPORT_FILE.REJECTED_COUNT, 0L)
                    .set(IMPORT_FILE.REPEAT_COUNT, 0L).set(IMPORT_FILE.STARTED_AT, LocalDateTime.now())
                    .execute();
            assertThat(dsl.fetchValue(REGION.NAME)).isEqualTo("临沧市");
            assertThat(dsl.fetchCount(IMPORT_FILE, IMPORT_FILE.ID.eq(id))).isEqualTo(1);
            // Spring Batch and Quartz tables come from the vendor folder.
            assertThat(dsl.fetchCount(DSL.table("batch_job_instance"))).isZero();
            assertThat(dsl.fetchCount(DSL.table("qrtz_locks"))).isZero();
        }
    }

    @Test
    void openSourceBuildRefusesOracleWithAClearMessage() {
        assertThatThrownBy(DatabaseVendor.ORACLE::dialect)
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("commercial jOOQ edition");
        assertThat(DatabaseVendor.fromUrl("jdbc:oracle:thin:@//db:1521/FREEPDB1")).isEqualTo(DatabaseVendor.ORACLE);
    }
}
