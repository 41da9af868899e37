package org.fundclear.generator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One scenario month: appends what the previous month carried over, and decides, while the month's own rows
 * stream by, what happens to its open items in the next month. Every decision goes to the truth file.
 */
final class CarryOverTracker implements MonthExtension {

    static final double CROSS_MONTH_REVERSAL_RATE = 0.01;
    /** One in five missing items stays held; the rest are resolved by a late row. */
    static final int HOLD_ONE_IN = 5;

    private final YearMonth month;
    private final YearMonth nextCycle;
    private final CarryOver incoming;
    private final SplittableRandom rng;
    private final ScenarioTruth truth;
    private final HoldQuota missingInLedgerHolds;
    private final HoldQuota missingInSettlementsHolds;
    private final List<LedgerRow> lateLedgerRows = new ArrayList<>();
    private final List<Settlement> lateSettlements = new ArrayList<>();
    /** Insertion-ordered so the next month's reversals come out the same every run. */
    private final Map<String, Settlement> toReverse = new LinkedHashMap<>();
    private long heldMissingInLedger;
    private long heldMissingInSettlements;
    private long heldAmountMismatches;
    private CarryOverCounts carriedIn = CarryOverCounts.NONE;

    /**
     * @param last whether no month follows, so every open item stays held and nothing is reversed later
     */
    CarryOverTracker(YearMonth month, boolean last, CarryOver incoming, SplittableRandom rng, ScenarioTruth truth) {
        this.month = month;
        this.nextCycle = last ? null : month.plusMonths(1);
        this.incoming = incoming;
        this.rng = rng;
        this.truth = truth;
        this.missingInLedgerHolds = new HoldQuota(HOLD_ONE_IN, rng);
        this.missingInSettlementsHolds = new HoldQuota(HOLD_ONE_IN, rng);
    }

    @Override
    public void settlementWritten(Settlement settlement, LedgerOutcome ledger) {
        if (settlement.isReversal()) {
            toReverse.remove(settlement.initSetlId()); // already reversed within the month
        }
        switch (ledger) {
            case MISSING -> {
                if (resolves(missingInLedgerHolds)) {
                    lateLedgerRows.add(LedgerRow.of(settlement));
                    truth.record(settlement.setlId(), month, Planted.MISSING_IN_LEDGER_RESOLVED, nextCycle);
                } else {
                    heldMissingInLedger++;
                    truth.record(settlement.setlId(), month, Planted.MISSING_IN_LEDGER_HELD, null);
                }
            }
            case AMOUNT_MISMATCH -> {
                heldAmountMismatches++;
                truth.record(settlement.setlId(), month, Planted.AMOUNT_MISMATCH_HELD, null);
            }
            case MATCHED, PSN_NO_DIFFERENCE -> {
                if (nextCycle != null && !settlement.isReversal()
                        && rng.nextDouble() < CROSS_MONTH_REVERSAL_RATE) {
                    toReverse.put(settlement.setlId(), settlement);
                }
            }
        }
    }

    @Override
    public void ledgerOnlyWritten(Settlement unreported) {
        if (resolves(missingInSettlementsHolds)) {
            lateSettlements.add(unreported);
            truth.record(unreported.setlId(), month, Planted.MISSING_IN_SETTLEMENTS_RESOLVED, nextCycle);
        } else {
            heldMissingInSettlements++;
            truth.record(unreported.setlId(), month, Planted.MISSING_IN_SETTLEMENTS_HELD, null);
        }
    }

    @Override
    public void appendTo(MonthFiles out, SettlementFactory factory) {
        carriedIn = incoming.appendTo(out, factory, month, truth);
    }

    /** What this month's files carried for the previous month; known once the month is written. */
    CarryOverCounts carriedIn() {
        return carriedIn;
    }

    /** What the next month is to carry for this one. */
    CarryOver outgoing() {
        return new CarryOver(lateLedgerRows, lateSettlements, List.copyOf(toReverse.values()), heldMissingInLedger,
                heldMissingInSettlements, heldAmountMismatches, rng.split());
    }

    private boolean resolves(HoldQuota holds) {
        return nextCycle != null && !holds.holdNext();
    }
}
