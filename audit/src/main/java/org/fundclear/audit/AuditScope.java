package org.fundclear.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/**
 * What one audit run looks at: a database and the cycle month whose settlements are audited. The month's
 * audit_visit rows are built the first time a rule asks for them ({@link #prepare}), once per scope.
 */
public final class AuditScope {
    private final DSLContext dsl;
    private final CycleMonth month;
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

    /** Builds the month's audit_visit rows unless this scope already did. */
    public synchronized AuditScope prepare() {
        if (!prepared) {
            AuditVisits.build(this);
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
