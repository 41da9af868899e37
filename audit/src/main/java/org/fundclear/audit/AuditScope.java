package org.fundclear.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/**
 * What one audit run looks at: a database and the cycle month whose settlements are audited. The working tables
 * are built the first time a stage asks for them ({@link #prepareLookBack}, {@link #prepare}), once per scope.
 */
public final class AuditScope {
    private final DSLContext dsl;
    private final CycleMonth month;
    private final Object lookBackLock = new Object();
    private boolean lookBackPrepared;
    private boolean prepared;

    public AuditScope(DSLContext dsl, CycleMonth month) {
        this.dsl = dsl;
        this.month = month;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public CycleMonth month() {
        return month;
    }

    /**
     * Builds audit_reversed unless this scope already did: all that the look-back stages (which read settlement
     * over 90 days) need, so they can start while the month's snapshot is still being built.
     */
    public AuditScope prepareLookBack() {
        synchronized (lookBackLock) {
            if (!lookBackPrepared) {
                AuditVisits.buildReversed(this);
                lookBackPrepared = true;
            }
        }
        return this;
    }

    /** Builds audit_reversed and the month's audit_visit rows unless this scope already did. */
    public synchronized AuditScope prepare() {
        if (!prepared) {
            prepareLookBack();
            AuditVisits.buildVisits(this);
            prepared = true;
        }
        return this;
    }

    public LocalDate firstDay() {
        return month.value().atDay(1);
    }

    public LocalDate lastDay() {
        return month.value().atEndOfMonth();
    }

    /** Start of a look-back window of {@code days} days that ends with the month's last day. */
    public Timestamp windowStart(int days) {
        return Timestamp.valueOf(lastDay().minusDays(days - 1L).atStartOfDay());
    }

    public Timestamp monthEndExclusive() {
        return Timestamp.valueOf(lastDay().plusDays(1).atStartOfDay());
    }
}
