package org.fundclear.audit.casework;

import java.util.List;

/**
 * A verdicts file applied (spec verdicts CSV): data rows read, cases decided, rows that repeated a decision already
 * applied, and every rejected row with its line and reason (nothing of a case with a rejected row is applied).
 */
public record VerdictImport(String file, String sha256, long rows, long casesApplied, long rowsApplied, long repeats,
                            List<Reject> rejects) {
    public record Reject(long line, String subjectType, String subjectId, String reason) {
    }
}
