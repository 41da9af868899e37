package org.fundclear.jobs.console;

import java.io.PrintStream;
import org.fundclear.clearing.cycle.ReconciliationStatus;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.reports.finance.ClearingSummary;

/** Prints what a finance clerk reads after a clearing ({@link ClearingSummary}) as the terminal's tables. */
public final class CycleSummary {
    private CycleSummary() {
    }

    public static void print(PrintStream out, ClearingSummary summary) {
        String m = summary.month().toString();
        out.println();
        out.println("Clearing " + m + ": what each insured region owes (net payable = fund + personal account − deductions)");
        TextTable owed = new TextTable("insured", "region", "settlements>", "net payable>");
        for (var r : summary.owed()) {
            owed.row(r.insu(), r.name(), String.format("%,d", r.settlements()), String.format("%,.2f", r.netPayable()));
        }
        owed.row("total", "", "", String.format("%,.2f", summary.totalNetPayable()));
        owed.print(out, "  ");

        out.println();
        out.println("Reconciliation (对账) of " + m + ":");
        TextTable reconciliation = new TextTable("status", "settlements>", "");
        reconciliation.row(ReconciliationStatus.MATCHED, String.format("%,d", summary.matched()), "cleared now");
        for (var r : summary.held()) {
            reconciliation.row(r.status(), String.format("%,d", r.settlements()),
                    String.format("held (暂缓) until resolved; fund difference %,.2f", r.difference()));
        }
        reconciliation.print(out, "  ");
        if (summary.carried() != null) {
            var c = summary.carried();
            out.printf("  of the %,d setl_ids held at the end of %s, %,d matched in %s (late rows) and are cleared now%n",
                    c.held(), c.previous(), c.resolved(), m);
        }

        out.println();
        if (summary.warnings().isEmpty()) {
            out.println("Advance fund (预付金): no region at the warning level.");
        } else {
            out.println("Advance fund (预付金) warnings — top-up notices:");
            TextTable notices = new TextTable("insured", "region", "usage>", "top up>", "by");
            for (var p : summary.warnings()) {
                notices.row(p.insu(), p.name(), String.format("%.1f %%", p.usage().movePointRight(2)),
                        String.format("%,.2f", p.topUp()), p.due());
            }
            notices.print(out, "  ");
        }
        if (!summary.quality().isEmpty()) {
            out.println();
            out.println("Data-quality warnings (settlements cleared all the same):");
            TextTable table = new TextTable("warning", "settlements>", "");
            summary.quality().forEach((code, count) -> table.row(code, String.format("%,d", count),
                    DataQualityCode.describe(code)));
            table.print(out, "  ");
        }
    }
}
