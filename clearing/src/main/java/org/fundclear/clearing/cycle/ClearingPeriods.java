package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD;
import static org.fundclear.sql.jooq.Tables.CLEARING_PERIOD_EVENT;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.ClearingPeriodRecord;
import org.jooq.DSLContext;

/** The clearing period state machine: every transition is checked and stamped with user and time. */
public final class ClearingPeriods {
    private final Clock clock;

    public ClearingPeriods(Clock clock) {
        this.clock = clock;
    }

    public PeriodStatus status(DSLContext dsl, CycleMonth month) {
        return find(dsl, month).map(r -> PeriodStatus.valueOf(r.getStatus())).orElse(PeriodStatus.OPEN);
    }

    public Optional<ClearingPeriodRecord> find(DSLContext dsl, CycleMonth month) {
        return dsl.selectFrom(CLEARING_PERIOD).where(CLEARING_PERIOD.CYCLE_MONTH.eq(month.toString())).fetchOptional();
    }

    /** The latest month before {@code month} that has imports or a period row, if any. */
    public Optional<CycleMonth> previousActive(DSLContext dsl, CycleMonth month) {
        String fromPeriods = dsl.select(org.jooq.impl.DSL.max(CLEARING_PERIOD.CYCLE_MONTH)).from(CLEARING_PERIOD)
                .where(CLEARING_PERIOD.CYCLE_MONTH.lt(month.toString())).fetchOne(0, String.class);
        String fromImports = dsl.select(org.jooq.impl.DSL.max(IMPORT_FILE.CYCLE_MONTH)).from(IMPORT_FILE)
                .where(IMPORT_FILE.CYCLE_MONTH.lt(month.toString())).fetchOne(0, String.class);
        String latest = fromPeriods == null ? fromImports
                : fromImports == null || fromPeriods.compareTo(fromImports) >= 0 ? fromPeriods : fromImports;
        return Optional.ofNullable(latest).map(CycleMonth::parse);
    }

    /** Moves the period to {@code to}; refuses a transition the current status does not allow. */
    public void transition(DSLContext dsl, CycleMonth month, PeriodStatus to, String user, String reason) {
        PeriodStatus from = status(dsl, month);
        if (from == to) {
            return;
        }
        if (!from.next().contains(to)) {
            throw new PeriodTransitionException(month + " is " + from + "; it cannot become " + to
                    + " (allowed next: " + from.next() + ")");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = dsl.update(CLEARING_PERIOD)
                .set(CLEARING_PERIOD.STATUS, to.name())
                .set(CLEARING_PERIOD.UPDATED_AT, now)
                .set(CLEARING_PERIOD.UPDATED_BY, user)
                .where(CLEARING_PERIOD.CYCLE_MONTH.eq(month.toString()))
                .and(CLEARING_PERIOD.STATUS.eq(from.name()))
                .execute();
        if (updated == 0) {
            if (find(dsl, month).isPresent()) {
                throw new PeriodTransitionException(month + " changed status while this command ran; run it again");
            }
            dsl.insertInto(CLEARING_PERIOD)
                    .set(CLEARING_PERIOD.CYCLE_MONTH, month.toString())
                    .set(CLEARING_PERIOD.STATUS, to.name())
                    .set(CLEARING_PERIOD.UPDATED_AT, now)
                    .set(CLEARING_PERIOD.UPDATED_BY, user)
                    .execute();
        }
        dsl.insertInto(CLEARING_PERIOD_EVENT)
                .set(CLEARING_PERIOD_EVENT.ID, dsl.nextval(Sequences.CLEARING_SEQ))
                .set(CLEARING_PERIOD_EVENT.CYCLE_MONTH, month.toString())
                .set(CLEARING_PERIOD_EVENT.FROM_STATUS, from.name())
                .set(CLEARING_PERIOD_EVENT.TO_STATUS, to.name())
                .set(CLEARING_PERIOD_EVENT.EVENT_AT, now)
                .set(CLEARING_PERIOD_EVENT.EVENT_BY, user)
                .set(CLEARING_PERIOD_EVENT.REASON, reason)
                .execute();
    }

    /** How often the month was reopened: each reopen starts a new clearing job instance. */
    public int reopenCount(DSLContext dsl, CycleMonth month) {
        return dsl.fetchCount(CLEARING_PERIOD_EVENT, CLEARING_PERIOD_EVENT.CYCLE_MONTH.eq(month.toString())
                .and(CLEARING_PERIOD_EVENT.TO_STATUS.eq(PeriodStatus.OPEN.name())));
    }

    public void recordJobExecution(DSLContext dsl, CycleMonth month, long jobExecutionId) {
        dsl.update(CLEARING_PERIOD).set(CLEARING_PERIOD.JOB_EXECUTION_ID, jobExecutionId)
                .where(CLEARING_PERIOD.CYCLE_MONTH.eq(month.toString())).execute();
    }

    /**
     * Months are cleared in order: {@code month} may be cleared only when the month before it with
     * any activity is cleared too, and no later month is cleared (its results would depend on this one).
     */
    public void checkClearable(DSLContext dsl, CycleMonth month) {
        PeriodStatus status = status(dsl, month);
        if (status.isCleared()) {
            throw new PeriodTransitionException(month + " is already " + status + "; its results are final. "
                    + "To clear it again, reopen it first: ./fundclear reopen --month " + month + " --reason \"...\"");
        }
        if (!dsl.fetchExists(IMPORT_FILE, IMPORT_FILE.CYCLE_MONTH.eq(month.toString()))) {
            throw new PeriodTransitionException("nothing is imported for " + month + "; import its files first "
                    + "(./fundclear import --month " + month + " PATH...)");
        }
        previousActive(dsl, month).ifPresent(previous -> {
            if (!status(dsl, previous).isCleared()) {
                throw new PeriodTransitionException(previous + " has imported data but is not cleared; clear it "
                        + "before " + month + " (./fundclear clear --month " + previous + ")");
            }
        });
    }

    /** A reopened month's later months must not be cleared: they were computed from its results. */
    public void checkReopenable(DSLContext dsl, CycleMonth month) {
        String later = dsl.select(CLEARING_PERIOD.CYCLE_MONTH).from(CLEARING_PERIOD)
                .where(CLEARING_PERIOD.CYCLE_MONTH.gt(month.toString()))
                .and(CLEARING_PERIOD.STATUS.in(PeriodStatus.CLEARED.name(), PeriodStatus.CONFIRMED.name(),
                        PeriodStatus.PAID.name(), PeriodStatus.CLOSED.name()))
                .orderBy(CLEARING_PERIOD.CYCLE_MONTH.desc()).limit(1).fetchOne(CLEARING_PERIOD.CYCLE_MONTH);
        if (later != null) {
            throw new PeriodTransitionException(later + " is cleared and was computed from " + month
                    + "; reopen " + later + " first");
        }
    }
}
