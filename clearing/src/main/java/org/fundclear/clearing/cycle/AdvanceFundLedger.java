package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.BatchInsert;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.AdvanceFundMovementRecord;
import org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The advance fund of each insured region as an append-only ledger of movements. Clearing cycle M
 * re-sizes the allotment when due, draws the month's net payable on the fund, and records the
 * position: opening = movements before M plus M's allotment changes and top-ups; closing = opening −
 * cleared; usage = (allotment − closing) / allotment; at the warning level a top-up notice is due
 * in working days. Re-running M replaces exactly the movements and position M wrote.
 */
public final class AdvanceFundLedger {
    private static final List<String> OWN_MOVEMENTS = List.of(MovementType.ALLOTMENT.name(), MovementType.REFUND.name(),
            MovementType.CLEARING_DRAW.name());
    private final AdvanceFundPolicy policy;

    public AdvanceFundLedger(AdvanceFundPolicy policy) {
        this.policy = policy;
    }

    public List<AdvanceFundPositionRecord> run(DSLContext dsl, CycleMonth month, LocalDateTime now, String user) {
        String m = month.toString();
        dsl.deleteFrom(ADVANCE_FUND_MOVEMENT).where(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH.eq(m))
                .and(ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE.in(OWN_MOVEMENTS)).execute();
        dsl.deleteFrom(ADVANCE_FUND_POSITION).where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(m)).execute();

        Map<String, BigDecimal> cleared = new TreeMap<>(dsl.select(CLEARING_LINE.INSU_ADMDVS, DSL.sum(CLEARING_LINE.NET_PAYABLE))
                .from(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(m)).groupBy(CLEARING_LINE.INSU_ADMDVS)
                .fetchMap(CLEARING_LINE.INSU_ADMDVS, DSL.sum(CLEARING_LINE.NET_PAYABLE)));
        TreeSet<String> regions = new TreeSet<>(cleared.keySet());
        regions.addAll(dsl.selectDistinct(ADVANCE_FUND_POSITION.INSU_ADMDVS).from(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.CYCLE_MONTH.lt(m)).fetch(ADVANCE_FUND_POSITION.INSU_ADMDVS));

        List<AdvanceFundMovementRecord> movements = new ArrayList<>();
        List<AdvanceFundPositionRecord> positions = new ArrayList<>();
        for (String region : regions) {
            BigDecimal clearedAmount = money(cleared.getOrDefault(region, BigDecimal.ZERO));
            BigDecimal previousAllotment = previousAllotment(dsl, region, m);
            BigDecimal allotment = previousAllotment == null || month.value().getMonthValue() == policy.resizingMonth()
                    ? allotment(dsl, region, m) : previousAllotment;
            BigDecimal change = allotment.subtract(previousAllotment == null ? BigDecimal.ZERO : previousAllotment);
            if (change.signum() != 0) {
                movements.add(movement(dsl, region, m, change.signum() > 0 ? MovementType.ALLOTMENT : MovementType.REFUND,
                        change, now, user, "allotment " + allotment + " for " + m));
            }
            if (clearedAmount.signum() != 0) {
                movements.add(movement(dsl, region, m, MovementType.CLEARING_DRAW, clearedAmount.negate(), now, user,
                        "clearing " + m));
            }
            BigDecimal opening = money(balanceBefore(dsl, region, m).add(change).add(topUps(dsl, region, m)));
            BigDecimal closing = opening.subtract(clearedAmount);
            BigDecimal usage = allotment.signum() <= 0 ? BigDecimal.ZERO.setScale(4)
                    : allotment.subtract(closing).max(BigDecimal.ZERO).divide(allotment, 4, RoundingMode.HALF_UP);
            boolean warning = usage.compareTo(policy.warningRate()) >= 0;
            AdvanceFundPositionRecord p = new AdvanceFundPositionRecord();
            p.setCycleMonth(m);
            p.setInsuAdmdvs(region);
            p.setAllotment(allotment);
            p.setOpeningBalance(opening);
            p.setClearedAmount(clearedAmount);
            p.setClosingBalance(closing);
            p.setUsageRate(usage);
            p.setWarning(warning ? "1" : "0");
            p.setTopUpAmount(warning ? allotment.subtract(closing) : money(BigDecimal.ZERO));
            p.setTopUpDue(warning ? WorkingDays.after(now.toLocalDate(), policy.topUpWorkingDays(), policy.holidays())
                    : null);
            positions.add(p);
        }
        BatchInsert.insert(dsl, ADVANCE_FUND_MOVEMENT, movements);
        BatchInsert.insert(dsl, ADVANCE_FUND_POSITION, positions);
        return positions;
    }

    /**
     * A top-up paid in by the insured region (append-only, with who recorded it and the bank reference). It counts in
     * the opening balance of {@code month}'s clearing.
     */
    public void topUp(DSLContext dsl, String region, CycleMonth month, BigDecimal amount, String reference,
                      LocalDateTime now, String user) {
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new PeriodTransitionException("a top-up is a positive amount in yuan with at most 2 decimals: " + amount);
        }
        if (reference == null || reference.isBlank()) {
            throw new PeriodTransitionException("a top-up needs the bank reference of the payment");
        }
        dsl.executeInsert(movement(dsl, region, month.toString(), MovementType.TOP_UP, amount.setScale(2), now, user,
                "top-up received, ref " + reference.strip()));
    }

    /** multiple × the average monthly cleared amount of the window, or the initial allotment without history. */
    private BigDecimal allotment(DSLContext dsl, String region, String m) {
        List<BigDecimal> history = dsl.select(ADVANCE_FUND_POSITION.CLEARED_AMOUNT).from(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.INSU_ADMDVS.eq(region)).and(ADVANCE_FUND_POSITION.CYCLE_MONTH.lt(m))
                .orderBy(ADVANCE_FUND_POSITION.CYCLE_MONTH.desc()).limit(policy.windowMonths())
                .fetch(ADVANCE_FUND_POSITION.CLEARED_AMOUNT);
        if (history.isEmpty()) {
            return money(policy.initialAllotment());
        }
        BigDecimal total = history.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal computed = total.multiply(policy.multiple()).divide(BigDecimal.valueOf(history.size()), 2,
                RoundingMode.HALF_UP);
        return computed.signum() > 0 ? computed : money(policy.initialAllotment());
    }

    private static BigDecimal previousAllotment(DSLContext dsl, String region, String m) {
        return dsl.select(ADVANCE_FUND_POSITION.ALLOTMENT).from(ADVANCE_FUND_POSITION)
                .where(ADVANCE_FUND_POSITION.INSU_ADMDVS.eq(region)).and(ADVANCE_FUND_POSITION.CYCLE_MONTH.lt(m))
                .orderBy(ADVANCE_FUND_POSITION.CYCLE_MONTH.desc()).limit(1).fetchOne(ADVANCE_FUND_POSITION.ALLOTMENT);
    }

    private static BigDecimal balanceBefore(DSLContext dsl, String region, String m) {
        return sum(dsl, ADVANCE_FUND_MOVEMENT.INSU_ADMDVS.eq(region).and(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH.lt(m)));
    }

    private static BigDecimal topUps(DSLContext dsl, String region, String m) {
        return sum(dsl, ADVANCE_FUND_MOVEMENT.INSU_ADMDVS.eq(region).and(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH.eq(m))
                .and(ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE.eq(MovementType.TOP_UP.name())));
    }

    private static BigDecimal sum(DSLContext dsl, org.jooq.Condition condition) {
        BigDecimal total = dsl.select(DSL.sum(ADVANCE_FUND_MOVEMENT.AMOUNT)).from(ADVANCE_FUND_MOVEMENT)
                .where(condition).fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    private static AdvanceFundMovementRecord movement(DSLContext dsl, String region, String m, MovementType type,
                                                      BigDecimal amount, LocalDateTime now, String user, String note) {
        return new AdvanceFundMovementRecord(dsl.nextval(Sequences.CLEARING_SEQ), region, m, type.name(), money(amount),
                now, user, note);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
