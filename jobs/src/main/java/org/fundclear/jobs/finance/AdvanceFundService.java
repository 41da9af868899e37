package org.fundclear.jobs.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.reports.advance.AdvanceFundLedgerView;
import org.fundclear.reports.advance.AdvanceFundLedgerView.Movement;
import org.fundclear.reports.advance.AdvanceFundLedgerView.Position;
import org.fundclear.reports.finance.RegionNames;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** 预付金: each insured region's positions over the months, its ledger of movements, warnings, and top-ups. */
@Service
public class AdvanceFundService {
    /** An insured region and its latest position. */
    public record RegionFund(String admdvs, String name, Position latest) {
    }

    public record Ledger(String admdvs, String name, List<Position> positions, List<Movement> movements,
                         BigDecimal balance) {
    }

    private final DSLContext dsl;
    private final ClearingCycle cycle;

    public AdvanceFundService(DSLContext dsl, ClearingCycle cycle) {
        this.dsl = dsl;
        this.cycle = cycle;
    }

    public List<RegionFund> regions(RegionScope scope) {
        return AdvanceFundLedgerView.regions(dsl, scope).stream().map(r -> new RegionFund(r, RegionNames.of(dsl, r),
                AdvanceFundLedgerView.positions(dsl, r).getLast())).toList();
    }

    /** The region's ledger, or empty when the region is outside the scope or has no advance fund. */
    public Optional<Ledger> ledger(String admdvs, RegionScope scope) {
        if (!scope.covers(admdvs)) {
            return Optional.empty();
        }
        List<Position> positions = AdvanceFundLedgerView.positions(dsl, admdvs);
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        List<Movement> movements = AdvanceFundLedgerView.movements(dsl, admdvs);
        BigDecimal balance = movements.stream().map(Movement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Ledger(admdvs, RegionNames.of(dsl, admdvs), positions, movements, balance));
    }

    public String topUp(String admdvs, CycleMonth month, BigDecimal amount, String reference, String user,
                        RegionScope scope) {
        if (ledger(admdvs, scope).isEmpty()) {
            throw new PeriodTransitionException("no advance fund of " + admdvs);
        }
        dsl.transaction(tx -> cycle.recordTopUp(tx.dsl(), month, admdvs, amount, reference, user));
        return "已登记 " + admdvs + " 预付金补足 " + amount.toPlainString() + "（计入 " + month + " 清算的期初余额）";
    }
}
