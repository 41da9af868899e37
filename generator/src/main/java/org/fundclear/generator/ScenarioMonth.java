package org.fundclear.generator;

import java.time.YearMonth;

/**
 * One month of a scenario.
 *
 * @param generated the month's files and row counts; the counts cover the whole files, carry-over rows included,
 *                  and the discrepancies are those planted among the month's own rows
 * @param carriedIn what the month's files carry for the previous month (all zero for the first month)
 */
public record ScenarioMonth(YearMonth month, GenerationResult generated, CarryOverCounts carriedIn) {
}
