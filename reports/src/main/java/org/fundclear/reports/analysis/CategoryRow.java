package org.fundclear.reports.analysis;

import java.math.BigDecimal;

/**
 * One row of the medical-category table, both directions together; the shares are ratios of the period's
 * totals with 4 decimals (half-up), null when the total is zero.
 */
public record CategoryRow(String period, Category category, Figures figures, BigDecimal setlShare,
                          BigDecimal medfeeShare) {
}
