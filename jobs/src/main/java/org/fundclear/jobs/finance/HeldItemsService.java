package org.fundclear.jobs.finance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.cycle.PeriodTransitionException;
import org.fundclear.clearing.cycle.ReconciliationNotes;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.reports.finance.HeldItems;
import org.fundclear.reports.finance.HeldItems.Filter;
import org.fundclear.reports.finance.HeldItems.Held;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * 对账: the settlements a month holds (暂缓), and the append-only notes of what was asked of which region about one.
 * A held item is seen (and noted) only when its insured or treatment region is in the user's scope.
 */
@Service
public class HeldItemsService {
    private final DSLContext dsl;
    private final Clock clock;

    public HeldItemsService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The latest month that has held items, if any. */
    public String latestMonth() {
        return HeldItems.latestMonth(dsl);
    }

    public List<Held> held(CycleMonth month, Filter filter, RegionScope scope) {
        return HeldItems.held(dsl, month, filter, scope);
    }

    /** Adds a note to a settlement held in {@code month} that the user may see. */
    public void note(CycleMonth month, String setlId, String askedRegion, String text, String user, RegionScope scope) {
        if (!HeldItems.isHeld(dsl, month, setlId, scope)) {
            throw new PeriodTransitionException(setlId + " is not held in " + month);
        }
        ReconciliationNotes.add(dsl, setlId, askedRegion, text, user, LocalDateTime.now(clock));
    }
}
