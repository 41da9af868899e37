package org.fundclear.jobs.console;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CYCLE_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.REGION;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.clearing.cycle.ReconciliationStatus;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a finance clerk reads after a clearing: who owes what, what is held and why, warnings. */
public final class CycleSummary {
    private CycleSummary() {
    }

    public static void print(PrintStream out, DSLContext dsl, CycleMonth month) {
        String m = month.toString();
        Map<String, String> names = dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).fetchMap(REGION.ADMDVS, REGION.NAME);
        out.println();
        out.println("Clearing " + m + ": what each insured region owes (net payable = fund + personal account − deductions)");
        var net = DSL.sum(CLEARING_LINE.NET_PAYABLE);
        var count = DSL.sum(CLEARING_LINE.SETL_CNT);
        BigDecimal total = BigDecimal.ZERO;
        TextTable owed = new TextTable("insured", "region", "settlements>", "net payable>");
        for (var r : dsl.select(CLEARING_LINE.INSU_ADMDVS, count, net).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).groupBy(CLEARING_LINE.INSU_ADMDVS)
                .orderBy(CLEARING_LINE.INSU_ADMDVS).fetch()) {
            owed.row(r.value1(), names.getOrDefault(r.value1(), ""), String.format("%,d", r.value2().longValue()),
                    String.format("%,.2f", r.value3()));
            total = total.add(r.value3());
        }
        owed.row("total", "", "", String.format("%,.2f", total));
        owed.print(out, "  ");

        out.println();
        out.println("Reconciliation (对账) of " + m + ":");
        BigDecimal matched = dsl.select(DSL.sum(CLEARING_LINE.MATCHED_COUNT)).from(CLEARING_LINE)
                .where(CLEARING_LINE.CYCLE_MONTH.eq(m)).fetchOne(0, BigDecimal.class);
        TextTable reconciliation = new TextTable("status", "settlements>", "");
        reconciliation.row(ReconciliationStatus.MATCHED, String.format("%,d", matched == null ? 0 : matched.longValue()),
                "cleared now");
        for (var r : dsl.select(RECONCILIATION.STATUS, DSL.count(), DSL.sum(RECONCILIATION.DIFFERENCE))
                .from(RECONCILIATION).where(RECONCILIATION.CYCLE_MONTH.eq(m)).groupBy(RECONCILIATION.STATUS)
                .orderBy(RECONCILIATION.STATUS).fetch()) {
            reconciliation.row(r.value1(), String.format("%,d", r.value2()),
                    String.format("held (暂缓) until resolved; fund difference %,.2f", r.value3()));
        }
        reconciliation.print(out, "  ");

        String previous = dsl.select(DSL.max(RECONCILIATION.CYCLE_MONTH)).from(RECONCILIATION)
                .where(RECONCILIATION.CYCLE_MONTH.lt(m)).fetchOne(0, String.class);
        if (previous != null) {
            var held = RECONCILIATION.as("held");
            var now = RECONCILIATION.as("now");
            int carried = dsl.fetchCount(held, held.CYCLE_MONTH.eq(previous));
            int stillHeld = dsl.fetchCount(dsl.selectOne().from(held).join(now).on(now.SETL_ID.eq(held.SETL_ID))
                    .where(held.CYCLE_MONTH.eq(previous)).and(now.CYCLE_MONTH.eq(m)));
            int resolved = carried - stillHeld;
            out.printf("  of the %,d setl_ids held at the end of %s, %,d matched in %s (late rows) and are cleared now%n",
                    carried, previous, resolved, m);
        }

        var warnings = dsl.selectFrom(ADVANCE_FUND_POSITION).where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(m))
                .and(ADVANCE_FUND_POSITION.WARNING.eq("1")).orderBy(ADVANCE_FUND_POSITION.INSU_ADMDVS).fetch();
        out.println();
        if (warnings.isEmpty()) {
            out.println("Advance fund (预付金): no region at the warning level.");
        } else {
            out.println("Advance fund (预付金) warnings — top-up notices:");
            TextTable notices = new TextTable("insured", "region", "usage>", "top up>", "by");
            for (var p : warnings) {
                notices.row(p.getInsuAdmdvs(), names.getOrDefault(p.getInsuAdmdvs(), ""),
                        String.format("%.1f %%", p.getUsageRate().movePointRight(2)),
                        String.format("%,.2f", p.getTopUpAmount()), p.getTopUpDue());
            }
            notices.print(out, "  ");
        }
        var quality = dsl.select(CYCLE_QUALITY_WARNING.WARNING_CODE, DSL.count()).from(CYCLE_QUALITY_WARNING)
                .where(CYCLE_QUALITY_WARNING.CYCLE_MONTH.eq(m)).groupBy(CYCLE_QUALITY_WARNING.WARNING_CODE)
                .orderBy(CYCLE_QUALITY_WARNING.WARNING_CODE).fetch();
        if (!quality.isEmpty()) {
            out.println();
            out.println("Data-quality warnings (settlements cleared all the same):");
            TextTable table = new TextTable("warning", "settlements>", "");
            for (var q : quality) {
                table.row(q.value1(), String.format("%,d", q.value2()), DataQualityCode.describe(q.value1()));
            }
            table.print(out, "  ");
        }
    }
}
