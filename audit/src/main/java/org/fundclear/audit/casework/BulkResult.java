package org.fundclear.audit.casework;

import java.util.List;

/** A bulk action: the cases it was applied to and, for each refused one, why. */
public record BulkResult(List<Long> applied, List<String> refused) {
}
