package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundclear.audit.rulebook.RuleBook;
import org.fundclear.audit.rulebook.RuleChange;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** ./fundclear rules: the versions, the latest's values with what changed, the change log; --version N an older one. */
class RulesCommandTest {

    @Test
    void listsVersionsValuesAndChanges() {
        try (TestDatabase db = TestDatabase.h2()) {
            CliRun first = CliRun.of("", "rules", "--db", db.url());
            assertThat(first.code()).isZero();
            assertThat(first.out()).contains("RB1").contains("2000-01-01").contains("max_visits")
                    .doesNotContain("Changes");

            new RuleBook().change(db.dsl(), new RuleChange("R02", "max_visits", null, "10", LocalDate.of(2027, 2, 1),
                    "省局通知"), "admin", LocalDateTime.of(2026, 12, 6, 23, 0));
            CliRun latest = CliRun.of("", "rules", "--db", db.url());
            assertThat(latest.out()).contains("Values of RB2").contains("15 -> 10").contains("Changes")
                    .contains("省局通知");
            assertThat(latest.out().lines().filter(l -> l.contains("max_visits") && l.contains("R02")).toList())
                    .hasSize(2).anySatisfy(l -> assertThat(l).contains("10").contains("15 -> 10"));
            assertThat(CliRun.of("", "rules", "--version", "1", "--db", db.url()).out()).contains("Values of RB1")
                    .doesNotContain("15 -> 10");
        }
    }
}
