package org.fundclear.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/** What one audit run looks at: a database and the cycle month whose settlements are audited. */
public record AuditScope(DSLContext dsl, CycleMonth month) {

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
