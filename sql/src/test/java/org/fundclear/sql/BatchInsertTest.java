package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.sql.jooq.tables.records.ImportRejectRecord;
import org.fundclear.sql.jooq.tables.records.LedgerEntryRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bulk insert (COPY on PostgreSQL) stores every text as given, NULL as NULL, and refuses a duplicate key. */
class BatchInsertTest {
    private static final List<String> AWKWARD = List.of("", "a,b", "say \"hi\"", "two\nlines", "\\N", "中文 医保", " ", "𠀀 supplementary", "é ß ¥ ©");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void textsRoundTripAndNullStaysNull(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            List<ImportRejectRecord> rows = new ArrayList<>();
            for (int i = 0; i < AWKWARD.size(); i++) {
                rows.add(reject(i, AWKWARD.get(i)));
            }
            BatchInsert.insert(dsl, IMPORT_REJECT, rows);

            var stored = dsl.selectFrom(IMPORT_REJECT).orderBy(IMPORT_REJECT.FILE_LINE).fetch();
            assertThat(stored.getValues(IMPORT_REJECT.RECORD_KEY)).containsExactlyElementsOf(
                    vendor == DatabaseVendor.H2 ? AWKWARD.stream().map(s -> s.isEmpty() ? null : s).toList() : AWKWARD);
            assertThat(stored.getValues(IMPORT_REJECT.FIELD_NAME)).containsOnlyNulls();
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aDuplicateKeyIsAnIntegrityViolation(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            BatchInsert.insert(dsl, IMPORT_REJECT, List.of(reject(1L, "k")));
            assertThatThrownBy(() -> dsl.transaction(t -> BatchInsert.insert(t.dsl(), IMPORT_REJECT,
                    List.of(reject(2L, "other"), reject(1L, "k")))))
                    .satisfies(e -> assertThat(SqlErrors.isIntegrityViolation(e)).as(e.toString()).isTrue());
            assertThat(dsl.fetchCount(IMPORT_REJECT)).as("nothing of the refused batch").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void amountsAndTimesRoundTrip(DatabaseVendor vendor) {
        List<String> amounts = List.of("0.05", "-261.50", "12345678901234.56", "0", "100", "-0.01", "7.5");
        List<LocalDateTime> times = List.of(LocalDateTime.parse("2026-10-05T09:03:07"),
                LocalDateTime.parse("2026-10-05T00:00:00"), LocalDateTime.parse("2026-10-31T23:59:59.250"));
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            List<LedgerEntryRecord> rows = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                LedgerEntryRecord r = new LedgerEntryRecord();
                r.setSetlId("S" + i);
                r.setInsuAdmdvs("110000");
                r.setMdtrtareaAdmdvs("530900");
                r.setPsnNo("P" + i);
                r.setSetlTime(times.get(i % times.size()));
                r.setSetlMonth("2026-10");
                r.setMedfeeSumamt(new BigDecimal(amounts.get(i)));
                r.setFundPaySumamt(new BigDecimal(amounts.get(i)).negate());
                r.setAcctPay(BigDecimal.ZERO);
                r.setRefdSetlFlag("0");
                r.setCycleMonth("2026-10");
                r.setLateFlag("0");
                r.setImportFileId(1L);
                r.setFileLine((long) i);
                rows.add(r);
            }
            BatchInsert.insert(dsl, LEDGER_ENTRY, rows);
            var stored = dsl.selectFrom(LEDGER_ENTRY).orderBy(LEDGER_ENTRY.FILE_LINE).fetch();
            for (int i = 0; i < amounts.size(); i++) {
                assertThat(stored.get(i).getMedfeeSumamt()).isEqualByComparingTo(amounts.get(i));
                assertThat(stored.get(i).getFundPaySumamt()).isEqualByComparingTo(new BigDecimal(amounts.get(i)).negate());
                assertThat(stored.get(i).getSetlTime()).isEqualTo(times.get(i % times.size()));
            }
        }
    }

    private static ImportRejectRecord reject(long line, String key) {
        return new ImportRejectRecord(1L, line, "f.csv", "2026-10", key, null, "E01", "m");
    }
}
