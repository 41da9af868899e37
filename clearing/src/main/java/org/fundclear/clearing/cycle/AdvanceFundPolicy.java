package org.fundclear.clearing.cycle;

import java.math.BigDecimal;
import java.util.Set;
import java.time.LocalDate;

/**
 * Advance fund (预付金) policy parameters. NOT confirmed by regulation text (DOMAIN.md §1.4: the
 * multiple, the warning level and the deadlines are recalled, not read): they are configuration, and
 * these defaults are only a starting point for a clearing centre to set.
 *
 * @param multiple          allotment = multiple × average monthly cleared amount of the window
 * @param windowMonths      how many earlier cleared months the average covers
 * @param initialAllotment  allotment of an insured region with no cleared history
 * @param resizingMonth     month of the year (1–12) in which allotments are re-sized
 * @param warningRate       usage rate at which a warning and a top-up notice are raised
 * @param topUpWorkingDays  working days the insured region has to top up after a notice
 * @param transferWorkingDays working days to pay a transfer instruction after confirmation
 * @param holidays          non-working days besides weekends
 */
public record AdvanceFundPolicy(BigDecimal multiple, int windowMonths, BigDecimal initialAllotment, int resizingMonth,
                                BigDecimal warningRate, int topUpWorkingDays, int transferWorkingDays,
                                Set<LocalDate> holidays) {

    public static AdvanceFundPolicy defaults() {
        return new AdvanceFundPolicy(new BigDecimal("2"), 12, new BigDecimal("1000000.00"), 1,
                new BigDecimal("0.70"), 10, 10, Set.of());
    }
}
