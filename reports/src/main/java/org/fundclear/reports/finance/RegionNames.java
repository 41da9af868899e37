package org.fundclear.reports.finance;

import static org.fundclear.sql.jooq.Tables.REGION;

import java.util.Map;
import org.jooq.DSLContext;

/** regions.csv's names by admdvs, for the pages and summaries that show a code with its name. */
public final class RegionNames {
    private RegionNames() {
    }

    public static Map<String, String> all(DSLContext dsl) {
        return dsl.select(REGION.ADMDVS, REGION.NAME).from(REGION).fetchMap(REGION.ADMDVS, REGION.NAME);
    }

    /** The region's name, or "" when regions.csv does not name it. */
    public static String of(DSLContext dsl, String admdvs) {
        String name = dsl.select(REGION.NAME).from(REGION).where(REGION.ADMDVS.eq(admdvs)).fetchOne(REGION.NAME);
        return name == null ? "" : name;
    }
}
