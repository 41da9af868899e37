package org.fundclear.clearing.intake;

import org.fundclear.clearing.model.CycleMonth;

/** A file being loaded into a cycle: the id its rows carry, and the name rejects show. */
public record ImportedFile(long id, String fileName, CycleMonth cycle) {
}
