package org.fundclear.reports.advance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundclear.clearing.access.RegionScope;
import org.jooq.DSLContext;

/** 预付金: an insured region's positions month by month and its ledger of movements, as the finance pages show them. */
public final class AdvanceFundLedgerView {
    public record Position(String month, BigDecimal allotment, BigDecimal opening, BigDecimal cleared,
                           BigDecimal closing, BigDecimal usage, boolean warning, BigDecimal topUp, LocalDate topUpDue) {
    }

    public record Movement(String month, String type, BigDecimal amount, LocalDateTime at, String by, String note) {
    }

    private AdvanceFundLedgerView() {
    }

    /** The insured regions in scope that have an advance fund. */
    public static List<String> regions(DSLContext dsl, RegionScope scope) {
        var p = ADVANCE_FUND_POSITION;
        return dsl.selectDistinct(p.INSU_ADMDVS).from(p).where(scope.covers(p.INSU_ADMDVS)).orderBy(p.INSU_ADMDVS)
                .fetch(p.INSU_ADMDVS);
    }

    public static List<Position> positions(DSLContext dsl, String admdvs) {
        var p = ADVANCE_FUND_POSITION;
        return dsl.selectFrom(p).where(p.INSU_ADMDVS.eq(admdvs)).orderBy(p.CYCLE_MONTH)
                .fetch(r -> new Position(r.getCycleMonth(), r.getAllotment(), r.getOpeningBalance(), r.getClearedAmount(),
                        r.getClosingBalance(), r.getUsageRate(), "1".equals(r.getWarning()), r.getTopUpAmount(),
                        r.getTopUpDue()));
    }

    public static List<Movement> movements(DSLContext dsl, String admdvs) {
        var m = ADVANCE_FUND_MOVEMENT;
        return dsl.selectFrom(m).where(m.INSU_ADMDVS.eq(admdvs)).orderBy(m.CYCLE_MONTH, m.ID)
                .fetch(r -> new Movement(r.getCycleMonth(), r.getMovementType(), r.getAmount(), r.getCreatedAt(),
                        r.getCreatedBy(), r.getNote()));
    }
}
