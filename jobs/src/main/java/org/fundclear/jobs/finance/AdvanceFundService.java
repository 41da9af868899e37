package org.fundclear.jobs.finance;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.REGION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** 预付金: each insured region's positions over the months, its ledger of movements, warnings, and top-ups. */
@Service
public class AdvanceFundService {
    public record Position(String month, BigDecimal allotment, BigDecimal opening, BigDecimal cleared,
                           BigDecimal closing, BigDecimal usage, boolean warning, BigDecimal topUp, LocalDate topUpDue) {
    }

    public record Movement(String month, String type, BigDecimal amount, LocalDateTime at, String by, String note) {
    }

    /** An insured region and its latest position. */
    public record RegionFund(String admdvs, String name, Position latest) {
    }

    public record Ledger(String admdvs, String name, List<Position> positions, List<Movement> movements,
                         BigDecimal balance) {
    }

    private final DSLContext dsl;
    private final ClearingCycle cycle;

    public AdvanceFundService(DSLContext dsl, ClearingCycle cycle) {
        this.dsl = dsl;
        this.cycle = cycle;
    }

    public List<RegionFund> regions(RegionScope scope) {
        var p = ADVANCE_FUND_POSITION;
        return dsl.selectDistinct(p.INSU_ADMDVS).from(p).where(scope.covers(p.INSU_ADMDVS)).orderBy(p.INSU_ADMDVS)
                .fetch(p.INSU_ADMDVS).stream().map(r -> {
                    List<Position> positions = positions(r);
                    return new RegionFund(r, name(r), positions.getLast());
                }).toList();
    }

    /** The region's ledger, or empty when the region is outside the scope or has no advance fund. */
    public Optional<Ledger> ledger(String admdvs, RegionScope scope) {
        if (!scope.covers(admdvs)) {
            return Optional.empty();
        }
        List<Position> positions = positions(admdvs);
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        var m = ADVANCE_FUND_MOVEMENT;
        List<Movement> movements = dsl.selectFrom(m).where(m.INSU_ADMDVS.eq(admdvs)).orderBy(m.CYCLE_MONTH, m.ID)
                .fetch(r -> new Movement(r.getCycleMonth(), r.getMovementType(), r.getAmount(), r.getCreatedAt(),
                        r.getCreatedBy(), r.getNote()));
        BigDecimal balance = movements.stream().map(Movement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Ledger(admdvs, name(admdvs), positions, movements, balance));
    }

    public String topUp(String admdvs, CycleMonth month, BigDecimal amount, String reference, String user,
                        RegionScope scope) {
        if (ledger(admdvs, scope).isEmpty()) {
            throw new PeriodTransitionException("no advance fund of " + admdvs);
        }
        dsl.transaction(tx -> cycle.recordTopUp(tx.dsl(), month, admdvs, amount, reference, user));
        return "已登记 " + admdvs + " 预付金补足 " + amount.toPlainString() + "（计入 " + month + " 清算的期初余额）";
    }

    private List<Position> positions(String admdvs) {
        var p = ADVANCE_FUND_POSITION;
        return dsl.selectFrom(p).where(p.INSU_ADMDVS.eq(admdvs)).orderBy(p.CYCLE_MONTH)
                .fetch(r -> new Position(r.getCycleMonth(), r.getAllotment(), r.getOpeningBalance(), r.getClearedAmount(),
                        r.getClosingBalance(), r.getUsageRate(), "1".equals(r.getWarning()), r.getTopUpAmount(),
                        r.getTopUpDue()));
    }

    private String name(String admdvs) {
        String name = dsl.select(REGION.NAME).from(REGION).where(REGION.ADMDVS.eq(admdvs)).fetchOne(REGION.NAME);
        return name == null ? "" : name;
    }
}
