package org.fundclear.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Large results are read row by row, not held whole before the first row arrives. */
class LargeResultsTest {

    /**
     * Two hundred million rows (a set-returning function in the select list, which PostgreSQL produces as they are
     * fetched): the first rows arrive within seconds only if the driver streams them; buffered, they would take
     * more than a minute and more heap than the test has (fifty million took 18 s).
     */
    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void theFirstRowsOfAHugeResultArriveBeforeTheRest(DatabaseVendor vendor) {
        try (TestDatabase db = TestDatabase.create(vendor)) {
            DSLContext dsl = db.dsl();
            if (vendor == DatabaseVendor.POSTGRESQL) {
                List<Long> first = new ArrayList<>();
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() ->
                        LargeResults.forEach(dsl, "SELECT generate_series(1, 200000000)", new Object[0], row -> {
                            first.add(row.get(0, Long.class));
                            if (first.size() == 10) {
                                throw new Enough();
                            }
                        })).isInstanceOf(Enough.class));
                assertThat(first).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            }
            // every row, in order, across several fetches
            List<Long> all = new ArrayList<>();
            LargeResults.forEach(dsl, dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES
                    ? "SELECT x FROM generate_series(1, ?) x ORDER BY x" : "SELECT X FROM SYSTEM_RANGE(1, ?) ORDER BY X",
                    new Object[] {25_000}, row -> all.add(row.get(0, Long.class)));
            assertThat(all).hasSize(25_000).startsWith(1L, 2L).endsWith(24_999L, 25_000L);
        }
    }

    /** Thrown to stop reading. */
    private static final class Enough extends RuntimeException {
    }
}
