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
    void aMonthsLoadIsAnalysedInItsPartitionOnly() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            MonthPartitions.ensure(dsl, "2026-10");
            dsl.execute("""
                    INSERT INTO settlement (setl_id, mdtrt_id, psn_no, insutype, med_type, insu_admdvs, mdtrtarea_admdvs,
                        fixmedins_code, setl_time, setl_month, medfee_sumamt, fulamt_ownpay_amt, inscp_scp_amt, hifp_pay,
                        hifmi_pay, hifob_pay, cvlserv_pay, maf_pay, oth_pay, fund_pay_sumamt, acct_pay, psn_cash_pay,
                        refd_setl_flag, cycle_month, late_flag, import_file_id, file_line)
                    SELECT 'S' || g, 'V' || g, 'P' || g, '310', '11', '530100', '440100', 'H1', TIMESTAMP '2026-10-01',
                        '2026-10', 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, '0', '2026-10', '0', 1, g
                    FROM generate_series(1, 5000) g""");

            TableStatistics.refreshMonth(dsl, org.jooq.impl.DSL.table("settlement"), "2026-10");

            assertThat(analysed(dsl, "settlement_2026_10")).as("the month's partition").isTrue();
            assertThat(analysed(dsl, "settlement")).as("the parent, which would sample the month again").isFalse();
        }
    }

    private static boolean analysed(DSLContext dsl, String table) {
        return dsl.fetchExists(dsl.selectOne().from("pg_stats").where("tablename = ? AND attname = 'psn_no'", table));
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
