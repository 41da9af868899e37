package org.fundclear.audit.rulebook;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.rules.AgeRestrictedItemRule;
import org.fundclear.audit.rules.DailyItemFrequencyRule;
import org.fundclear.audit.rules.DrugPossessionRatioRule;
import org.fundclear.audit.rules.ExcessDaysSupplyRule;
import org.fundclear.audit.rules.FilingMismatchRule;
import org.fundclear.audit.rules.FrequentCrossRegionRule;
import org.fundclear.audit.rules.GenderRestrictedItemRule;
import org.fundclear.audit.rules.ImpersonationPatternRule;
import org.fundclear.audit.rules.InpatientOnlyItemRule;
import org.fundclear.audit.rules.InstitutionCostPerVisitRule;
import org.fundclear.audit.rules.MonthlyVisitFrequencyRule;
import org.fundclear.audit.rules.MutuallyExclusiveItemsRule;
import org.fundclear.audit.rules.MutuallyExclusiveItemsRule.ExclusivePair;
import org.fundclear.audit.rules.OutpatientDuringInpatientStayRule;
import org.fundclear.audit.rules.PeriodicItemFrequencyRule;
import org.fundclear.audit.rules.PharmacyHighUseRule;
import org.fundclear.audit.rules.PriceCapRule;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.audit.rules.SameDayMultiInstitutionRule;
import org.fundclear.audit.rules.SettlementAfterDeathRule;
import org.fundclear.audit.rules.ShortIntervalRepeatRule;
import org.fundclear.audit.rules.SplitSettlementRule;

/**
 * The rule library built from one rule-book version's values, in the order of {@link RuleSet#defaults()}. The
 * catalogue-driven rules (R08, R09, R10, R16: restrictions read from catalog.csv) and the rules without a threshold
 * (R04, R05, R27) take nothing from the book.
 */
public final class RuleBookRules {
    private RuleBookRules() {
    }

    public static RuleSet of(RuleBookVersion version, RuleValues v) {
        return new RuleSet(List.of(
                new SameDayMultiInstitutionRule(v.whole("R01", "min_institutions")),
                new MonthlyVisitFrequencyRule(v.whole("R02", "max_visits")),
                new ShortIntervalRepeatRule(v.whole("R03", "max_hours")),
                new OutpatientDuringInpatientStayRule(),
                new SettlementAfterDeathRule(),
                new ExcessDaysSupplyRule(v.whole("R06", "general_days"), v.whole("R06", "emergency_days"),
                        v.whole("R06", "long_days")),
                new DrugPossessionRatioRule(v.whole("R07", "window_days"), v.real("R07", "max_ratio")),
                new GenderRestrictedItemRule(),
                new AgeRestrictedItemRule(),
                new InpatientOnlyItemRule(),
                new MutuallyExclusiveItemsRule(v.entries("R13", "exclusive_pair").keySet().stream()
                        .map(pair -> new ExclusivePair(pair.substring(0, pair.indexOf('>')),
                                pair.substring(pair.indexOf('>') + 1))).toList()),
                new DailyItemFrequencyRule(wholes(v.entries("R14", "daily_limit"))),
                new PeriodicItemFrequencyRule(wholes(v.entries("R15", "min_gap_days"))),
                new PriceCapRule(),
                new SplitSettlementRule(v.whole("R17", "min_settlements")),
                new PharmacyHighUseRule(v.real("R20", "percentile"), v.whole("R20", "min_purchases")),
                new ImpersonationPatternRule(v.whole("R22", "min_institutions"), v.whole("R22", "within_minutes")),
                new InstitutionCostPerVisitRule(v.real("R23", "min_z"), v.real("R23", "min_ratio"),
                        v.whole("R23", "min_visits"), v.whole("R23", "min_peers"),
                        List.of(v.scalar("R23", "peer_by").split("\\+"))),
                new FrequentCrossRegionRule(v.whole("R26", "min_visits"), v.decimal("R26", "min_amount")),
                new FilingMismatchRule()), version.label());
    }

    private static Map<String, Integer> wholes(Map<String, String> entries) {
        Map<String, Integer> out = new TreeMap<>();
        entries.forEach((code, value) -> out.put(code, Integer.parseInt(value)));
        return out;
    }
}
