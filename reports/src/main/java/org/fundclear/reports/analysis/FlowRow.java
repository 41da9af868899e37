package org.fundclear.reports.analysis;

/** One row of the flow table (就医流向): a period and a direction. */
public record FlowRow(String period, Direction direction, Figures figures) {
}
