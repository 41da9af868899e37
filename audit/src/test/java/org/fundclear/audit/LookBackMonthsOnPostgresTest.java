package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.model.ModelRegistry;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a year of months loaded before it, the audit of October reads on PostgreSQL only the partitions its 90-day
 * look-backs can hold (settlements from August, fee lines from July): every statement the audit runs is planned
 * again with EXPLAIN, its binds inlined as the server prunes them, and the partitions in its plan are listed.
 * Two statements still read every month, by design: the reversals' originals (a reversal may come in any later
 * month) and R04's inpatient stays (a stay's settlement has no date bound against the visits it covers).
 */
class LookBackMonthsOnPostgresTest {
    private static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 10));
    private static final Pattern PARTITION = Pattern.compile("\\b(settlement|fee_line|ledger_entry)_(\\d{4})_(\\d{2})\\b");
    private static final List<String> READ_EVERY_MONTH = List.of("INSERT INTO audit_reversed", "i.med_type LIKE '2%'");

    @TempDir
    Path dir;

    @Test
    void anAuditReadsNoMonthBeforeItsLookBackWindows() throws Exception {
        MonthGenerator.generate(new GenerationRequest(MONTH.value(), dir, 800, 5));
        try (TestDatabase db = TestDatabase.postgres()) {
            MonthLoader.load(db.dsl(), dir, MONTH);
            for (YearMonth m = YearMonth.of(2025, 10); m.isBefore(MONTH.value()); m = m.plusMonths(1)) {
                MonthPartitions.ensure(db.dsl(), new CycleMonth(m).toString());
            }
            List<String> statements = new CopyOnWriteArrayList<>();
            DSLContext recording = db.dsl().configuration().derive(new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                        @Override
                        public void executeStart(ExecuteContext ctx) {
                            Query query = ctx.query();
                            if (query != null) {
                                statements.add(db.dsl().renderInlined(query));
                            }
                        }
                    })).dsl();

            new AuditEngine(RuleSet.defaults(), Detectors.standard(new ModelRegistry(dir.resolve("models"),
                    Clock.systemUTC())), Clock.systemUTC()).run(recording, MONTH);

            Map<String, TreeSet<String>> earlyReads = new TreeMap<>();
            int planned = 0;
            for (String sql : statements) {
                String head = sql.stripLeading().toUpperCase(Locale.ROOT);
                if (!(head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("INSERT"))
                        || READ_EVERY_MONTH.stream().anyMatch(sql::contains)) {
                    continue;
                }
                planned++;
                String plan = String.join("\n", db.dsl().fetch("EXPLAIN " + sql).getValues(0, String.class));
                Matcher m = PARTITION.matcher(plan);
                while (m.find()) {
                    String month = m.group(2) + "-" + m.group(3);
                    String first = m.group(1).equals("fee_line") ? "2026-07" : "2026-08";
                    if (month.compareTo(first) < 0) {
                        earlyReads.computeIfAbsent(sql.length() > 160 ? sql.substring(0, 160) : sql,
                                k -> new TreeSet<>()).add(m.group());
                    }
                }
            }
            assertThat(planned).as("statements planned").isGreaterThan(20);
            assertThat(earlyReads).as("statements reading months before the look-back windows").isEmpty();
            assertThat(statements).as("the two that read every month ran")
                    .anyMatch(s -> s.contains(READ_EVERY_MONTH.get(0)))
                    .anyMatch(s -> s.contains(READ_EVERY_MONTH.get(1)));
        }
    }
}
