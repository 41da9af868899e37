package org.fundclear.jobs.console;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.clearing.intake.RejectReason;
import org.fundclear.jobs.intake.FileImportResult;

/** The one-screen summary an import ends with. */
public final class ImportSummary {
    private ImportSummary() {
    }

    public static void print(PrintStream out, List<FileImportResult> results, Map<String, Integer> rejectsByReason,
                             Map<String, Integer> warningsByCode) {
        int nameWidth = Math.max(4, results.stream().mapToInt(r -> r.file().getFileName().toString().length()).max()
                .orElse(4));
        String row = "%-" + nameWidth + "s  %-12s %10s %10s %9s %8s  %s%n";
        out.printf(row, "file", "kind", "rows", "loaded", "rejected", "repeats", "result");
        for (FileImportResult r : results) {
            var c = r.counts();
            out.printf(row, r.file().getFileName(), r.kind().name(),
                    c == null ? "-" : String.format("%,d", c.rows()), c == null ? "-" : String.format("%,d", c.loaded()),
                    c == null ? "-" : String.format("%,d", c.rejected()), c == null ? "-" : String.format("%,d", c.repeats()),
                    describe(r));
        }
        if (!rejectsByReason.isEmpty()) {
            out.println();
            out.println("Rejected lines by reason:");
            rejectsByReason.forEach((code, n) -> out.printf("  %s %,8d  %s%n", code, n, reasonTitle(code)));
        }
        if (!warningsByCode.isEmpty()) {
            out.println();
            out.println("Data-quality warnings (records loaded):");
            warningsByCode.forEach((code, n) -> out.printf("  %s %,8d  %s%n", code, n, warningTitle(code)));
        }
    }

    private static String describe(FileImportResult r) {
        String outcome = switch (r.outcome()) {
            case LOADED -> "loaded";
            case FILE_REJECTED -> "FILE REJECTED";
            case ALREADY_LOADED -> "already loaded";
            case REFUSED -> "REFUSED";
            case FAILED -> "FAILED";
        };
        return r.message() == null ? outcome : outcome + ": " + r.message();
    }

    private static String reasonTitle(String code) {
        for (RejectReason reason : RejectReason.values()) {
            if (reason.code().equals(code)) {
                return reason.title() + " (" + reason.titleZh() + ")";
            }
        }
        return "";
    }

    private static String warningTitle(String code) {
        return DataQualityCode.describe(code);
    }
}
