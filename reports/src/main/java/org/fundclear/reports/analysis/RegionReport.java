package org.fundclear.reports.analysis;

import java.util.List;
import org.fundclear.clearing.model.CycleMonth;

/**
 * The region's cross-region settlement analysis (异地就医分析报告) for a period, as plain rows a CSV, a workbook
 * or a page renders. {@code previousCycles} is empty when no cycle of the previous period was cleared; the flow
 * table then has the period's rows only.
 */
public record RegionReport(String region, String regionName, ReportPeriod period, List<CycleMonth> cycles,
                           ReportPeriod previousPeriod, List<CycleMonth> previousCycles,
                           List<FlowRow> flows, List<ScopeRow> scopes, List<InsutypeRow> insutypes,
                           List<CategoryRow> categories, List<DestinationRow> destinations) {

    /** The flow row of {@code period} and {@code direction}, zero when it has none. */
    public Figures flow(String period, Direction direction) {
        return flows.stream().filter(f -> f.period().equals(period) && f.direction() == direction)
                .map(FlowRow::figures).findFirst().orElse(Figures.ZERO);
    }

    /** The file-name stem of the report's outputs: {@code report-PERIOD-REGION}. */
    public String stem() {
        return "report-" + period.label() + "-" + region;
    }
}
