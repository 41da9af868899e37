package org.fundclear.reports.analysis;

/** One row of the insurance-scheme table (险种), both directions together. */
public record InsutypeRow(String period, String insutype, Figures figures) {
}
