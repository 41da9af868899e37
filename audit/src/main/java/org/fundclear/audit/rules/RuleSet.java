package org.fundclear.audit.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules an audit runs, with a version derived from their ids and thresholds: the same rules with the same
 * thresholds always have the same version, any change gives a new one. Built from the rule book, the version also
 * names the rule-book version ({@code book}, e.g. "RB2"), so a finding says which version of the library made it.
 */
public record RuleSet(List<AuditRule> rules, String book) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public RuleSet(List<AuditRule> rules) {
        this(rules, null);
    }

    /** Every rule of the library with its default thresholds. */
    public static RuleSet defaults() {
        return new RuleSet(List.of(new SameDayMultiInstitutionRule(), new MonthlyVisitFrequencyRule(),
                new ShortIntervalRepeatRule(), new OutpatientDuringInpatientStayRule(), new SettlementAfterDeathRule(),
                new ExcessDaysSupplyRule(), new DrugPossessionRatioRule(), new GenderRestrictedItemRule(),
                new AgeRestrictedItemRule(), new InpatientOnlyItemRule(), new MutuallyExclusiveItemsRule(),
                new DailyItemFrequencyRule(), new PeriodicItemFrequencyRule(), new PriceCapRule(),
                new SplitSettlementRule(), new PharmacyHighUseRule(), new ImpersonationPatternRule(),
                new InstitutionCostPerVisitRule(), new FrequentCrossRegionRule(), new FilingMismatchRule()));
    }

    /** One line per rule: id, reason, data level, certainty, thresholds. */
    public String definition() {
        return rules.stream().map(r -> r.id() + " " + r.reason() + " [" + r.level() + "," + r.certainty() + "] "
                + r.thresholds()).collect(Collectors.joining("\n"));
    }

    public String version() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(definition().getBytes(StandardCharsets.UTF_8));
            String hashed = "RS-" + HexFormat.of().formatHex(hash, 0, 6);
            return book == null ? hashed : book + "/" + hashed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
