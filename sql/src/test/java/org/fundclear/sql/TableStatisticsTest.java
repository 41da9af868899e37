package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** After a bulk fill the planner has the table's column statistics on PostgreSQL; H2 needs (and gets) nothing. */
class TableStatisticsTest {

    @Test
    void theRefreshGathersColumnStatisticsOfABulkFilledTable() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            dsl.execute("INSERT INTO audit_reversed (setl_id) SELECT 'S' || g FROM generate_series(1, 20000) g");
            assertThat(columnStatistics(dsl)).as("before: the planner guesses selectivities").isZero();

            TableStatistics.refresh(dsl, "audit_reversed");

            assertThat(columnStatistics(dsl)).isEqualTo(1);
            assertThat(dsl.fetchValue("SELECT reltuples FROM pg_class WHERE relname = 'audit_reversed'", Float.class))
                    .isEqualTo(20000f);
        }
    }

    @Test
    void nothingHappensOnH2() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2)) {
            TableStatistics.refresh(db.dsl(), "audit_reversed");
        }
    }

    private static int columnStatistics(DSLContext dsl) {
        return dsl.fetchCount(dsl.selectOne().from("pg_stats").where("tablename = 'audit_reversed'"));
    }
}
