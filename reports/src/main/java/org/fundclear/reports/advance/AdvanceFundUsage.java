package org.fundclear.reports.advance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Each insured region's advance-fund usage (预付金使用率) at its latest cleared month, for the monitoring gauges. */
public final class AdvanceFundUsage {
    private AdvanceFundUsage() {
    }

    public static Map<String, BigDecimal> latestByRegion(DSLContext dsl) {
        var latest = ADVANCE_FUND_POSITION.as("latest");
        return dsl.select(ADVANCE_FUND_POSITION.INSU_ADMDVS, ADVANCE_FUND_POSITION.USAGE_RATE)
                .from(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(DSL.select(DSL.max(latest.CYCLE_MONTH)).from(latest)
                        .where(latest.INSU_ADMDVS.eq(ADVANCE_FUND_POSITION.INSU_ADMDVS))))
                .fetchMap(ADVANCE_FUND_POSITION.INSU_ADMDVS, ADVANCE_FUND_POSITION.USAGE_RATE);
    }
}
