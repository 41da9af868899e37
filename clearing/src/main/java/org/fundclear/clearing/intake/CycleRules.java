package org.fundclear.clearing.intake;

import static org.fundclear.clearing.intake.LineFields.reject;

import org.fundclear.clearing.model.CycleMonth;
import org.jooq.Field;

/**
 * Which cycle a dated record may load into: its own month or a later one (a late record, accepted
 * and flagged), never an earlier one.
 */
final class CycleRules {
    static final String LATE = "1";
    static final String ON_TIME = "0";

    private CycleRules() {
    }

    static void checkNotAfterCycle(Field<?> timeField, CycleMonth recordMonth, CycleMonth cycle) {
        if (recordMonth.isAfter(cycle)) {
            throw reject(timeField, RejectReason.MONTH_AFTER_CYCLE, timeField.getName() + " is in " + recordMonth
                    + ", after the cycle month " + cycle + "; import it with --month " + recordMonth);
        }
    }

    static String lateFlag(CycleMonth recordMonth, CycleMonth cycle) {
        return recordMonth.isBefore(cycle) ? LATE : ON_TIME;
    }
}
