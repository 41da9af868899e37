package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** PostgreSQL's monthly partitions: created on demand, fed from DEFAULT, and a month's query reads only its own. */
class MonthPartitionsTest {

    @Test
    void aMonthsPartitionTakesItsRowsFromDefaultAndAMonthsQueryPrunesToIt() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            insertLedger(dsl, "L1", "2026-09");
            insertLedger(dsl, "L2", "2026-10");
            assertThat(count(dsl, "ledger_entry_default")).as("no partition yet: DEFAULT").isEqualTo(2);

            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-10"));
            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-10")); // again: nothing to do
            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-11"));

            assertThat(count(dsl, "ledger_entry_2026_10")).isEqualTo(1);
            assertThat(count(dsl, "ledger_entry_default")).isEqualTo(1);
            assertThat(dsl.fetchCount(LEDGER_ENTRY)).isEqualTo(2);
            assertThat(dsl.fetchExists(dsl.selectOne().from("settlement_2026_11"))).isFalse();

            String plan = String.join("\n", dsl.fetch("EXPLAIN SELECT insu_admdvs, SUM(fund_pay_sumamt) FROM settlement "
                    + "WHERE cycle_month = '2026-10' GROUP BY insu_admdvs").getValues(0, String.class));
            assertThat(plan).contains("settlement_2026_10").doesNotContain("settlement_2026_11")
                    .doesNotContain("settlement_default");
            String bound = String.join("\n", dsl.fetch("EXPLAIN SELECT COUNT(*) FROM settlement s JOIN ledger_entry l "
                    + "ON l.setl_id = s.setl_id WHERE s.cycle_month = ? AND l.cycle_month = ?", "2026-10", "2026-10")
                    .getValues(0, String.class));
            assertThat(bound).contains("settlement_2026_10", "ledger_entry_2026_10")
                    .doesNotContain("settlement_2026_11").doesNotContain("ledger_entry_default");
        }
    }

    @Test
    void aNewMonthsPartitionGathersNoStatisticsForTheColumnsNoPlanReads() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-10"));
            dsl.execute("INSERT INTO settlement (setl_id, mdtrt_id, psn_no, psn_name, insutype, med_type, insu_admdvs, "
                    + "mdtrtarea_admdvs, fixmedins_code, setl_time, setl_month, medfee_sumamt, fulamt_ownpay_amt, "
                    + "inscp_scp_amt, hifp_pay, hifmi_pay, hifob_pay, cvlserv_pay, maf_pay, oth_pay, fund_pay_sumamt, "
                    + "acct_pay, psn_cash_pay, refd_setl_flag, cycle_month, late_flag, import_file_id, file_line) "
                    + "SELECT 'S' || i, 'V' || i, 'P' || i % 7, '姓名' || i, '310', '11', '440300', '110000', 'H1', "
                    + "TIMESTAMP '2026-10-01 09:00:00' + i * INTERVAL '1 hour', '2026-10', 100 + i, 0, 100 + i, 60, 0, 0, "
                    + "0, 0, 0, 60, 0, 40 + i, '0', '2026-10', '0', 1, i + 2 FROM generate_series(1, 50) i");
            TableStatistics.refreshMonth(dsl, SETTLEMENT, "2026-10");

            assertThat(dsl.fetch("SELECT attname FROM pg_stats WHERE tablename = 'settlement_2026_10'")
                    .getValues(0, String.class))
                    .contains("setl_id", "psn_no", "medfee_sumamt", "fund_pay_sumamt", "acct_pay", "setl_time")
                    .doesNotContain("psn_name", "psn_cash_pay", "mdtrt_id", "file_line", "late_flag");
        }
    }

    @Test
    void onlyAnotherMonthsPartitionWhoseKeyRangeEnclosesAnIdMayHoldIt() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-10"));
            dsl.transaction(t -> MonthPartitions.ensure(t.dsl(), "2026-11"));
            List<String> november = List.of("2026-11");
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L5"}, november))
                    .as("other months empty").isFalse();

            insertLedger(dsl, "L2", "2026-10");
            insertLedger(dsl, "L4", "2026-10");
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L1", "L5"}, november))
                    .as("both outside L2..L4").isFalse();
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L1", "L3"}, november))
                    .as("L3 lies between, though October does not hold it: then it is looked up").isTrue();
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L4"}, november)).isTrue();
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L5", "L\uFFFD", "L9"},
                    november)).as("all beyond L4 (U+FFFD sorts below a supplementary character in UTF-8)").isFalse();
            insertLedger(dsl, "L\uFFFE", "2026-10");
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L\uFFFE", "L\uD83D\uDE00"},
                    november)).as("the chunk's range in code point order, which UTF-16's order of these two is not")
                    .isTrue();
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L3"}, List.of("2026-10")))
                    .as("the month's own partition is not another month's").isFalse();

            assertThat(MonthPartitions.monthsThatMayHold(dsl, LEDGER_ENTRY, new String[] {"L3", "M1"}))
                    .as("October's L2..L\uFFFE encloses L3; nothing M1").contains(List.of("2026-10"));

            insertLedger(dsl, "L7", "2026-08"); // no partition for August: DEFAULT holds it
            assertThat(MonthPartitions.otherMonthsMayHold(dsl, LEDGER_ENTRY, new String[] {"L7"}, november)).isTrue();
            assertThat(MonthPartitions.monthsThatMayHold(dsl, LEDGER_ENTRY, new String[] {"L7"}))
                    .as("DEFAULT may hold any month: all are to be looked into").isEmpty();
            assertThat(MonthPartitions.monthsThatMayHold(dsl, LEDGER_ENTRY, new String[] {"M1"})).contains(List.of());
        }
    }

    @Test
    void aChunksRangeIsTakenInCodePointOrderWhateverItsCharacters() {
        assertThat(MonthPartitions.codePointRange(new String[] {"S0203", "S0101", "S0310", "S0102"}))
                .containsExactly("S0101", "S0310");
        assertThat(MonthPartitions.codePointRange(new String[] {"结算乙", "结算甲", "S9"}))
                .as("characters beyond Latin-1, no surrogate pairs").containsExactly("S9", "结算甲");
        assertThat(MonthPartitions.codePointRange(new String[] {"L\uD83D\uDE00", "L1", "L\uFFFE"}))
                .as("a supplementary character sorts above U+FFFE, though its UTF-16 units sort below")
                .containsExactly("L1", "L\uD83D\uDE00");
    }

    @Test
    void theKeyIncludesTheMonthOnPostgresqlOnly() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            assertThat(MonthPartitions.isPartitioned(db.dsl(), SETTLEMENT)).isTrue();
            assertThat(MonthPartitions.partitionName("fee_line", "2026-01")).isEqualTo("fee_line_2026_01");
        }
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2)) {
            assertThat(MonthPartitions.isPartitioned(db.dsl(), SETTLEMENT)).isFalse();
            MonthPartitions.ensure(db.dsl(), "2026-10"); // nothing to do on H2
        }
    }

    private static void insertLedger(DSLContext dsl, String setlId, String month) {
        dsl.insertInto(LEDGER_ENTRY).set(LEDGER_ENTRY.SETL_ID, setlId).set(LEDGER_ENTRY.INSU_ADMDVS, "110000")
                .set(LEDGER_ENTRY.MDTRTAREA_ADMDVS, "530900").set(LEDGER_ENTRY.PSN_NO, "P1")
                .set(LEDGER_ENTRY.SETL_TIME, LocalDateTime.parse(month + "-05T10:00:00"))
                .set(LEDGER_ENTRY.SETL_MONTH, month).set(LEDGER_ENTRY.MEDFEE_SUMAMT, BigDecimal.TEN)
                .set(LEDGER_ENTRY.FUND_PAY_SUMAMT, BigDecimal.ONE).set(LEDGER_ENTRY.ACCT_PAY, BigDecimal.ZERO)
                .set(LEDGER_ENTRY.REFD_SETL_FLAG, "0").set(LEDGER_ENTRY.CYCLE_MONTH, month)
                .set(LEDGER_ENTRY.LATE_FLAG, "0").set(LEDGER_ENTRY.IMPORT_FILE_ID, 1L).set(LEDGER_ENTRY.FILE_LINE, 2L)
                .execute();
    }

    private static int count(DSLContext dsl, String table) {
        return dsl.fetchCount(dsl.selectOne().from(table));
    }
}
