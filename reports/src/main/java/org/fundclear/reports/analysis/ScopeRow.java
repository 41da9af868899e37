package org.fundclear.reports.analysis;

/** One row of the scope table (省内/跨省 × 参保地/就医地). */
public record ScopeRow(String period, Scope scope, Direction direction, Figures figures) {
}
