package org.fundclear.clearing.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The reversals a report leaves out, on PostgreSQL: an anti-join whatever their number, never a subquery whose hash
 * table must fit in work_mem (a year of reversals at a million settlements a month does not, and the subquery is
 * then scanned again for every settlement). Its results are checked on both databases by the region report's test.
 */
class ClearedSettlementsTest {
    private static final CycleMonth OCTOBER = CycleMonth.parse("2026-10");

    @Test
    void onPostgresqlTheReversedOriginalsAreLeftOutByAnAntiJoin() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            MonthPartitions.ensure(dsl, OCTOBER.toString());
            var s = ClearedSettlements.S;
            String query = dsl.renderInlined(dsl.selectCount().from(s)
                    .where(ClearedSettlements.notTakenBackBy(dsl.dialect(), OCTOBER, s.SETL_ID)));

            String plan = String.join("\n", dsl.fetch("EXPLAIN " + query).getValues(0, String.class));

            assertThat(plan).contains("Anti Join").doesNotContain("SubPlan");
            assertThat(dsl.fetchValue(DSL.field("(" + query + ")", Integer.class))).isZero();
        }
    }
}
