package org.fundclear.clearing.cycle;

import java.util.EnumSet;
import java.util.Set;

/** Where a month's clearing stands. Each status names the transitions allowed out of it. */
public enum PeriodStatus {
    /** Files are being imported; nothing is settled yet. */
    OPEN,
    /** Both sides are reconciled (对账); clearing lines follow in the same run. */
    RECONCILED,
    /** Clearing lines, advance-fund draws and statements exist; the month's files are final. */
    CLEARED,
    /** The insured regions confirmed the statements; transfer instructions are issued. */
    CONFIRMED,
    /** Every transfer instruction has its receipt. */
    PAID,
    /** Archived. */
    CLOSED;

    public Set<PeriodStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(RECONCILED);
            case RECONCILED -> EnumSet.of(CLEARED, OPEN);
            case CLEARED -> EnumSet.of(CONFIRMED, OPEN);
            case CONFIRMED -> EnumSet.of(PAID, OPEN);
            case PAID -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(PeriodStatus.class);
        };
    }

    /** CLEARED or later: its results are final until an operator reopens it. */
    public boolean isCleared() {
        return compareTo(CLEARED) >= 0;
    }
}
