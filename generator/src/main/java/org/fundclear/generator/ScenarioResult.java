package org.fundclear.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ScenarioGenerator#generate} wrote.
 *
 * @param months    one entry per month, in order
 * @param truthFile {@code scenario-truth.csv}: every planted discrepancy and carry-over fact
 */
public record ScenarioResult(List<ScenarioMonth> months, Path truthFile) {

    public ScenarioResult {
        months = List.copyOf(months);
    }
}
