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
        TextTable files = new TextTable("file", "kind", "rows>", "loaded>", "rejected>", "repeats>", "result");
        for (FileImportResult r : results) {
            var c = r.counts();
            files.row(r.file().getFileName(), r.kind().name(),
                    c == null ? "-" : String.format("%,d", c.rows()), c == null ? "-" : String.format("%,d", c.loaded()),
                    c == null ? "-" : String.format("%,d", c.rejected()), c == null ? "-" : String.format("%,d", c.repeats()),
                    describe(r));
        }
        files.print(out);
        if (!rejectsByReason.isEmpty()) {
            out.println();
            out.println("Rejected lines by reason:");
            TextTable reasons = new TextTable("reason", "lines>", "");
            rejectsByReason.forEach((code, n) -> reasons.row(code, String.format("%,d", n), reasonTitle(code)));
            reasons.print(out, "  ");
        }
        if (!warningsByCode.isEmpty()) {
            out.println();
            out.println("Data-quality warnings (records loaded):");
            TextTable warnings = new TextTable("warning", "records>", "");
            warningsByCode.forEach((code, n) -> warnings.row(code, String.format("%,d", n), warningTitle(code)));
            warnings.print(out, "  ");
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
