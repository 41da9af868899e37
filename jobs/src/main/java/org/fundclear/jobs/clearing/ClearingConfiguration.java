package org.fundclear.jobs.clearing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.clearing.cycle.AdvanceFundPolicy;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Policy parameters from configuration (application.properties: fundclear.advance-fund.*). */
@Configuration
public class ClearingConfiguration {

    @Bean
    AdvanceFundPolicy advanceFundPolicy(@Value("${fundclear.advance-fund.multiple}") BigDecimal multiple,
                                        @Value("${fundclear.advance-fund.window-months}") int windowMonths,
                                        @Value("${fundclear.advance-fund.initial-allotment}") BigDecimal initial,
                                        @Value("${fundclear.advance-fund.resizing-month}") int resizingMonth,
                                        @Value("${fundclear.advance-fund.warning-rate}") BigDecimal warningRate,
                                        @Value("${fundclear.advance-fund.top-up-working-days}") int topUpDays,
                                        @Value("${fundclear.transfer.working-days}") int transferDays,
                                        @Value("${fundclear.calendar.holidays:}") List<String> holidays) {
        Set<LocalDate> days = holidays.stream().filter(s -> !s.isBlank()).map(String::strip).map(LocalDate::parse)
                .collect(Collectors.toSet());
        return new AdvanceFundPolicy(multiple, windowMonths, initial, resizingMonth, warningRate, topUpDays, transferDays,
                days);
    }

    @Bean
    ClearingCycle clearingCycle(Clock clock, AdvanceFundPolicy policy) {
        return new ClearingCycle(clock, policy);
    }
}
