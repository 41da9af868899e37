package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.DATA_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.MonthPartitions;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The reversal check on PostgreSQL's monthly partitions: originals are looked up only where they may be. */
class PostLoadChecksTest {
    private static final CycleMonth OCTOBER = CycleMonth.parse("2026-10");
    private static final CycleMonth NOVEMBER = CycleMonth.parse("2026-11");
    private static final CycleMonth DECEMBER = CycleMonth.parse("2026-12");

    @Test
    void originalsAreLookedUpOnlyInTheMonthsWhoseKeysEncloseThem() {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.POSTGRESQL)) {
            DSLContext dsl = db.dsl();
            for (CycleMonth month : List.of(OCTOBER, NOVEMBER, DECEMBER)) {
                MonthPartitions.ensure(dsl, month.toString());
            }
            load(dsl, OCTOBER, SettlementLines.valid("A1"), SettlementLines.valid("A2"));
            var s1 = SettlementLines.valid("S1");
            load(dsl, NOVEMBER, s1, SettlementLines.valid("S2"));
            var t1 = SettlementLines.valid("T1");
            ImportedFile december = load(dsl, DECEMBER,
                    SettlementLines.reversalOf(s1, "U1"),                                    // of November's S1
                    SettlementLines.reversalOf(s1, "U2").set("hifp_pay", "-140.00").set("cvlserv_pay", "-20.00"),
                    SettlementLines.reversalOf(SettlementLines.valid("X9"), "U3"),           // of nothing loaded
                    SettlementLines.reversalOf(t1, "U4"), t1);                               // of this file's T1

            String plan = String.join("\n", dsl.fetch("EXPLAIN " + dsl.renderInlined(PostLoadChecks.defects(dsl,
                    december, SETTLEMENT.as("r"), SETTLEMENT.as("o")))).getValues(0, String.class));
            assertThat(plan).contains("settlement_2026_11", "settlement_2026_12")
                    .doesNotContain("settlement_2026_10").doesNotContain("settlement_default");

            PostLoadChecks.Checked checked = new PostLoadChecks().run(dsl, IntakeKind.SETTLEMENTS, december);
            assertThat(checked).isEqualTo(new PostLoadChecks.Checked(1, 1));
            assertThat(dsl.fetchSingle(IMPORT_REJECT).getRecordKey()).as("U2 does not negate S1").isEqualTo("U2");
            assertThat(dsl.fetchSingle(DATA_QUALITY_WARNING).getRecordKey()).isEqualTo("U3");
        }
    }

    private static ImportedFile load(DSLContext dsl, CycleMonth month, SettlementLines... lines) {
        ImportedFile file = new ImportFileRepository(Clock.systemUTC()).register(dsl, "settlements-" + month + ".csv",
                IntakeKind.SETTLEMENTS, month.toString(), "UTF-8", month, null);
        var interpreter = new LineInterpreter<>(IntakeKind.SETTLEMENTS, new CsvHeader(SettlementLines.HEADER), month);
        List<ParsedLine<SettlementRecord>> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            parsed.add(interpreter.interpret(i + 2, lines[i].fields()));
        }
        assertThat(new ChunkLoader<>(IntakeKind.SETTLEMENTS).load(dsl, file, parsed).loaded()).isEqualTo(lines.length);
        return file;
    }
}
