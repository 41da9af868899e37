package org.fundclear.jobs.intake;

import java.nio.file.Path;
import org.fundclear.clearing.intake.ImportCounts;
import org.fundclear.clearing.intake.IntakeKind;

/** What happened to one file of an import command. */
public record FileImportResult(Path file, IntakeKind<?> kind, Outcome outcome, ImportCounts counts, Long importFileId,
                               String message) {
    public enum Outcome {
        LOADED, FILE_REJECTED, ALREADY_LOADED, REFUSED, FAILED
    }

    public boolean hasRejects() {
        return outcome == Outcome.FILE_REJECTED || outcome == Outcome.REFUSED || (counts != null && counts.rejected() > 0);
    }
}
