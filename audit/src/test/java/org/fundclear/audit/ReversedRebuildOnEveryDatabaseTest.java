package org.fundclear.audit;

import org.fundclear.audit.scope.AuditVisits;
import org.fundclear.audit.scope.AuditScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two audits rebuilding audit_reversed at the same moment: the one that commits second rebuilds again. */
class ReversedRebuildOnEveryDatabaseTest {
    private static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 10));
    private static final String REBUILD = "INSERT INTO audit_reversed (setl_id) SELECT DISTINCT r.init_setl_id"
            + " FROM settlement r WHERE r.refd_setl_flag = '1' AND r.init_setl_id IS NOT NULL";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aRebuildBlockedByAnotherSucceedsOnceThatCommits(DatabaseVendor vendor) throws Exception {
        MonthGenerator.generate(new GenerationRequest(YearMonth.of(2026, 10), dir, 500, 3));
        try (TestDatabase db = TestDatabase.create(vendor)) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            int reversed = db.dsl().fetchCount(db.dsl().selectDistinct(org.jooq.impl.DSL.field("init_setl_id"))
                    .from("settlement").where("refd_setl_flag = '1'"));
            assertThat(reversed).isPositive();
            try (Connection other = db.dataSource().getConnection(); Statement st = other.createStatement()) {
                other.setAutoCommit(false);
                st.execute("DELETE FROM audit_reversed");
                st.execute(REBUILD);
                // the other rebuild holds its new rows; this one waits on them, then meets its committed keys
                CompletableFuture<Void> rebuild = CompletableFuture.runAsync(
                        () -> AuditVisits.buildReversed(new AuditScope(db.dsl(), MONTH)));
                Thread.sleep(500);
                other.commit();
                rebuild.get(30, TimeUnit.SECONDS);
            }
            assertThat(db.dsl().fetchCount(org.jooq.impl.DSL.table("audit_reversed"))).isEqualTo(reversed);
        }
    }

    /** The planner's figures for the rebuilt table are its own, not those of an earlier, empty one. */
    @Test
    void onPostgresqlTheRebuiltTablesStatisticsAreCurrent() throws Exception {
        MonthGenerator.generate(new GenerationRequest(YearMonth.of(2026, 10), dir, 500, 3));
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            db.dsl().execute("ANALYZE audit_reversed"); // empty, as before the first audit
            AuditVisits.buildReversed(new AuditScope(db.dsl(), MONTH));
            Object reltuples = db.dsl().fetchValue("SELECT reltuples FROM pg_class WHERE relname = 'audit_reversed'");
            assertThat(((Number) reltuples).longValue()).isPositive()
                    .isEqualTo(db.dsl().fetchCount(org.jooq.impl.DSL.table("audit_reversed")));
        }
    }

    /**
     * Years of reversals outgrow work_mem: the live settlements stay an anti-join on PostgreSQL (with NOT IN the plan
     * became a subquery scanned again for every settlement), and still exclude exactly the reversed originals.
     */
    @Test
    void onPostgresqlLiveSettlementsStayAnAntiJoinWhenTheReversalsOutgrowWorkMem() throws Exception {
        MonthGenerator.generate(new GenerationRequest(YearMonth.of(2026, 10), dir, 500, 3));
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            AuditVisits.buildReversed(new AuditScope(db.dsl(), MONTH));
            String live = "SELECT count(*) FROM settlement s WHERE s.cycle_month = '2026-10' AND " + AuditVisits.LIVE;
            long liveBefore = ((Number) db.dsl().fetchValue(live)).longValue();
            long normal = db.dsl().fetchCount(org.jooq.impl.DSL.table("settlement"),
                    org.jooq.impl.DSL.condition("refd_setl_flag = '0'"));
            assertThat(liveBefore).isPositive().isLessThan(normal);
            // earlier months' originals, as audit_reversed holds them after a few months at a million a month
            db.dsl().execute("INSERT INTO audit_reversed (setl_id) SELECT 'EARLIER' || g FROM generate_series(1, 50000) g");
            db.dsl().execute("ANALYZE audit_reversed");

            String plan = db.dsl().transactionResult(tx -> {
                tx.dsl().execute("SET LOCAL work_mem = '64kB'");
                return String.join("\n", tx.dsl().fetch("EXPLAIN " + live).getValues(0, String.class));
            });

            assertThat(plan).contains("Anti Join").doesNotContain("SubPlan");
            assertThat(((Number) db.dsl().fetchValue(live)).longValue()).isEqualTo(liveBefore);
        }
    }
}
