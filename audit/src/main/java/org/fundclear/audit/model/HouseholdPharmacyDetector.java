package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.PERSON;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.scope.AuditScope;
import org.jooq.Record;

/**
 * 家庭共济囤药 {@code M-HOUSEHOLD-PHARMACY}: pharmacy buying summed over the members of a household (persons.csv
 * household_id, who may pay from one another's accounts), so hoarding split across members, each below every
 * personal threshold, is seen whole. Households are compared with households of as many buying members: summed
 * purchases, pharmacy payments, pharmacies and rolling possession ratios. A household is flagged when its
 * largest robust z lies beyond the fitted tail of all households' ({@link ScoreNull}, Benjamini–Hochberg); each
 * buying member gets a finding naming the household.
 */
public final class HouseholdPharmacyDetector implements Detector {
    private static final List<Feature> FEATURES = List.of(
            Feature.logCount("household_purchases", "家庭本月药店购药合计", "次"),
            Feature.logCount("household_pharmacy_paid", "家庭药店医保支付合计", "元"),
            Feature.logCount("household_pharmacies", "成员购药药店数合计", "家"),
            Feature.plain("household_possession", "成员近 90 天单一药品持药量/90 天之和", "倍"));
    /** Below this many households of a size, they are compared with all households. */
    private static final int MIN_PEERS = 20;

    private final PersonMonthFeatures months;
    private final double falseDiscoveryRate;

    public HouseholdPharmacyDetector(PersonMonthFeatures months, double falseDiscoveryRate) {
        this.months = months;
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    public HouseholdPharmacyDetector(PersonMonthFeatures months) {
        this(months, 0.01);
    }

    @Override
    public String id() {
        return "M-HOUSEHOLD-PHARMACY";
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        Map<String, PersonMonth> buyers = new HashMap<>();
        months.of(scope).stream().filter(m -> m.pharmacyPurchases() > 0).forEach(m -> buyers.put(m.psnNo(), m));
        Map<String, List<PersonMonth>> households = new TreeMap<>();
        for (Record r : PersonRegister.of(scope.dsl(), buyers.keySet(), PERSON.PSN_NO, PERSON.HOUSEHOLD_ID)) {
            String household = r.get(PERSON.HOUSEHOLD_ID);
            if (household != null) {
                households.computeIfAbsent(household, k -> new ArrayList<>()).add(buyers.get(r.get(PERSON.PSN_NO)));
            }
        }
        households.values().removeIf(members -> members.size() < 2);
        List<FeatureRow> rows = new ArrayList<>();
        Map<String, List<PersonMonth>> membersOf = new HashMap<>();
        households.forEach((household, members) -> {
            rows.add(row(household, members));
            membersOf.put(household, members);
        });
        if (rows.size() < MIN_PEERS) {
            return List.of();
        }
        Map<String, PeerExplanation> norms = new HashMap<>();
        norms.put("*", new PeerExplanation(FEATURES, rows, "全部家庭"));
        Map<String, List<FeatureRow>> bySize = new HashMap<>();
        rows.forEach(r -> bySize.computeIfAbsent(r.peerGroup(), k -> new ArrayList<>()).add(r));
        bySize.forEach((size, group) -> {
            if (group.size() >= MIN_PEERS) {
                norms.put(size, new PeerExplanation(FEATURES, group, "同人数家庭"));
            }
        });
        ScoreNull calibrated = ScoreNull.of(rows.stream()
                .mapToDouble(r -> norms.getOrDefault(r.peerGroup(), norms.get("*")).maxZ(r)).toArray());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (calibrated.q()[i] <= falseDiscoveryRate) {
                FeatureRow row = rows.get(i);
                String text = "家庭共济囤药（家庭 %s，%d 名成员购药）：成员合计偏离同人数家庭，尾部拟合 BH 校正 q=%.1e（阈值 %s）：%s"
                        .formatted(row.subjectId(), membersOf.get(row.subjectId()).size(), calibrated.q()[i],
                                falseDiscoveryRate, norms.getOrDefault(row.peerGroup(), norms.get("*")).topFeatures(row, 3));
                for (PersonMonth member : membersOf.get(row.subjectId())) {
                    List<String> evidence = PersonEvidence.settlements(scope, member.psnNo(), "s.med_type = '41'");
                    if (!evidence.isEmpty()) {
                        findings.add(new Finding(SubjectType.PERSON, member.psnNo(), id(), Certainty.SUSPECTED,
                                calibrated.strength(i), member.pharmacyPaid(), evidence, evidence.size(), text));
                    }
                }
            }
        }
        return findings;
    }

    /** The members' sums; the peer group is the number of buying members (4 and more together). */
    private static FeatureRow row(String household, List<PersonMonth> members) {
        long purchases = 0;
        long pharmacies = 0;
        double possession = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (PersonMonth m : members) {
            purchases += m.pharmacyPurchases();
            pharmacies += m.pharmacies();
            possession += m.possessionRatio();
            paid = paid.add(m.pharmacyPaid());
        }
        return new FeatureRow(household, Integer.toString(Math.min(4, members.size())), paid, new double[] {
                Feature.log(purchases), Feature.log(paid.doubleValue()), Feature.log(pharmacies), possession});
    }
}
