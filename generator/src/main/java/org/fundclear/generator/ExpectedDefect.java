package org.fundclear.generator;

/**
 * One row of defects-expected.csv.
 *
 * @param file    input file name, e.g. settlements-defects.csv
 * @param line    physical line on which the record starts (header = 1)
 * @param setlId  the row's setl_id, empty when the defect is that it is missing
 * @param field   the column at fault, empty for E01 and REPEAT
 */
public record ExpectedDefect(String file, long line, String setlId, ReasonCode reason, String field) {
}
