package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_POSITION;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.CLEARING_UNIVERSE;
import static org.fundclear.sql.jooq.Tables.CYCLE_QUALITY_WARNING;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.clearing.model.DataQualityCode;
import org.fundclear.sql.jooq.tables.records.AdvanceFundPositionRecord;
import org.jooq.DSLContext;

/**
 * The monthly clearing cycle's business steps: the two reconciliation halves and the clearing lines
 * (independent of each other: the lines read the previous month's held items, not this month's) →
 * reconciled → advance fund → cleared; then confirm (transfer instructions), receipts (paid), close,
 * or reopen. Data quality is checked on demand.
 * Each step replaces the month's rows it owns, so a step that is run again after a crash writes
 * exactly what an uninterrupted run writes. The caller owns transactions (one per step).
 */
public final class ClearingCycle {
    private final Clock clock;
    private final ClearingPeriods periods;
    private final AdvanceFundLedger advanceFund;
    private final Transfers transfers;

    public ClearingCycle(Clock clock, AdvanceFundPolicy policy) {
        this.clock = clock;
        this.periods = new ClearingPeriods(clock);
        this.advanceFund = new AdvanceFundLedger(policy);
        this.transfers = new Transfers(policy);
    }

    public ClearingPeriods periods() {
        return periods;
    }

    public Transfers transfers() {
        return transfers;
    }

    /** Held settlements of the month (MISSING_IN_LEDGER, AMOUNT_MISMATCH); independent of the other halves. */
    public int reconcileSettlements(DSLContext dsl, CycleMonth month) {
        return reconcileSettlements(dsl, month, InsuredRegions.ALL);
    }

    /** The held settlements of the insured regions in {@code scope} only (one partition of the step). */
    public int reconcileSettlements(DSLContext dsl, CycleMonth month, InsuredRegions scope) {
        return new CycleReconciliation().settlementSide(dsl, month, periods.previousActive(dsl, month), scope);
    }

    /** Held ledger rows of the month (MISSING_IN_SETTLEMENTS); independent of the other halves. */
    public int reconcileLedger(DSLContext dsl, CycleMonth month) {
        return reconcileLedger(dsl, month, InsuredRegions.ALL);
    }

    /** The held ledger rows of the insured regions in {@code scope} only (one partition of the step). */
    public int reconcileLedger(DSLContext dsl, CycleMonth month, InsuredRegions scope) {
        return new CycleReconciliation().ledgerSide(dsl, month, periods.previousActive(dsl, month), scope);
    }

    /** After both halves: the month is RECONCILED; returns what it holds per status. */
    public Map<ReconciliationStatus, Integer> markReconciled(DSLContext dsl, CycleMonth month, String user) {
        periods.transition(dsl, month, PeriodStatus.RECONCILED, user, null);
        return new CycleReconciliation().counts(dsl, month);
    }

    /** The month's settlement totals, then its clearing lines (as the job's steps do, for callers outside the job). */
    public int clearingLines(DSLContext dsl, CycleMonth month) {
        settlementTotals(dsl, month, InsuredRegions.ALL);
        return clearingLines(dsl, month, InsuredRegions.ALL);
    }

    /** The totals of M's universe of settlements per line key, for the insured regions in {@code scope}. */
    public int settlementTotals(DSLContext dsl, CycleMonth month, InsuredRegions scope) {
        return new ClearingLines().universe(dsl, month, periods.previousActive(dsl, month), scope);
    }

    /**
     * The clearing lines of the insured regions in {@code scope} only (one partition of the step), after
     * {@link #settlementTotals} and {@link #reconcileSettlements} of the same month and scope.
     */
    public int clearingLines(DSLContext dsl, CycleMonth month, InsuredRegions scope) {
        return new ClearingLines().run(dsl, month, scope);
    }

    /**
     * The insured regions (insu_admdvs) of the month's settlements and ledger rows, with how many rows each has: what
     * the per-row steps are partitioned by (their provinces are the first two digits).
     */
    public Map<String, Long> regionSizes(DSLContext dsl, CycleMonth month) {
        return new RegionSizes().of(dsl, month);
    }

    public List<AdvanceFundPositionRecord> advanceFund(DSLContext dsl, CycleMonth month, String user) {
        return advanceFund.run(dsl, month, LocalDateTime.now(clock), user);
    }

    public Map<DataQualityCode, Integer> quality(DSLContext dsl, CycleMonth month) {
        return new CycleQuality().run(dsl, month, periods.previousActive(dsl, month));
    }

    public void markCleared(DSLContext dsl, CycleMonth month, String user) {
        periods.transition(dsl, month, PeriodStatus.CLEARED, user, null);
    }

    /** The insured regions confirm the statements: transfer instructions are issued. */
    public int confirm(DSLContext dsl, CycleMonth month, String user) {
        periods.transition(dsl, month, PeriodStatus.CONFIRMED, user, null);
        return transfers.issue(dsl, month, LocalDateTime.now(clock));
    }

    /** Records a receipt (partial allowed); the month is PAID when every instruction is settled. */
    public Transfers.Receipt recordReceipt(DSLContext dsl, CycleMonth month, String insu, String mdtrtarea, BigDecimal amount,
                                 String reference, String user) {
        if (periods.status(dsl, month) != PeriodStatus.CONFIRMED) {
            throw new PeriodTransitionException(month + " is " + periods.status(dsl, month)
                    + "; receipts are recorded once it is CONFIRMED");
        }
        Transfers.Receipt receipt = transfers.recordReceipt(dsl, month, insu, mdtrtarea, amount, reference,
                LocalDateTime.now(clock), user);
        if (receipt.monthPaid()) {
            periods.transition(dsl, month, PeriodStatus.PAID, user, null);
        }
        return receipt;
    }

    /**
     * Records an advance-fund top-up of an insured region into a month still being prepared (its clearing counts it
     * in the opening balance); a cleared month's positions are final.
     */
    public void recordTopUp(DSLContext dsl, CycleMonth month, String region, BigDecimal amount, String reference,
                            String user) {
        PeriodStatus status = periods.status(dsl, month);
        if (status.isCleared()) {
            throw new PeriodTransitionException(month + " is " + status + "; record the top-up into the cycle being "
                    + "prepared, whose clearing counts it");
        }
        advanceFund.topUp(dsl, region, month, amount, reference, LocalDateTime.now(clock), user);
    }

    public void close(DSLContext dsl, CycleMonth month, String user) {
        periods.transition(dsl, month, PeriodStatus.CLOSED, user, null);
    }

    /**
     * Makes a cleared month clearable again: its results are withdrawn (the next clear writes them
     * anew, never adds to them). Refused once money moved or a later month was cleared on top of it.
     */
    public void reopen(DSLContext dsl, CycleMonth month, String user, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PeriodTransitionException("a reopen needs a reason (--reason)");
        }
        PeriodStatus status = periods.status(dsl, month);
        if (status == PeriodStatus.OPEN) {
            throw new PeriodTransitionException(month + " is OPEN already");
        }
        periods.checkReopenable(dsl, month);
        if (transfers.anyReceived(dsl, month)) {
            throw new PeriodTransitionException(month + " has received transfers; money moved, it cannot be reopened");
        }
        String m = month.toString();
        transfers.withdraw(dsl, month);
        dsl.deleteFrom(CYCLE_QUALITY_WARNING).where(CYCLE_QUALITY_WARNING.CYCLE_MONTH.eq(m)).execute();
        dsl.deleteFrom(ADVANCE_FUND_POSITION).where(ADVANCE_FUND_POSITION.CYCLE_MONTH.eq(m)).execute();
        dsl.deleteFrom(ADVANCE_FUND_MOVEMENT).where(ADVANCE_FUND_MOVEMENT.CYCLE_MONTH.eq(m))
                .and(ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE.in(MovementType.ALLOTMENT.name(), MovementType.REFUND.name(),
                        MovementType.CLEARING_DRAW.name())).execute();
        dsl.deleteFrom(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(m)).execute();
        dsl.deleteFrom(CLEARING_UNIVERSE).where(CLEARING_UNIVERSE.CYCLE_MONTH.eq(m)).execute();
        dsl.update(CLEARING_ADJUSTMENT).setNull(CLEARING_ADJUSTMENT.POSTED_CYCLE)
                .where(CLEARING_ADJUSTMENT.POSTED_CYCLE.eq(m)).execute();
        dsl.deleteFrom(RECONCILIATION).where(RECONCILIATION.CYCLE_MONTH.eq(m)).execute();
        periods.transition(dsl, month, PeriodStatus.OPEN, user, reason);
    }
}
