package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.PERSON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.model.HouseholdPossessionTest.Flag;
import org.fundclear.audit.model.HouseholdPossessionTest.Holding;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.scope.StringPool;
import org.fundclear.sql.LargeResults;
import org.jooq.Record;

/**
 * 家庭共济分散囤药 {@code M-HOUSEHOLD-PHARMACY}: members of one household (persons.csv household_id, who may pay from
 * one another's accounts) each buying the same drug again while holding plenty of it, so hoarding split across
 * members, each below every personal threshold, is seen whole ({@link HouseholdPossessionTest}). Every early member
 * gets a finding naming the household and the drug; its amount is what the days still in hand cost.
 */
public final class HouseholdPharmacyDetector implements Detector {
    private final double falseDiscoveryRate;

    public HouseholdPharmacyDetector(double falseDiscoveryRate) {
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    public HouseholdPharmacyDetector() {
        this(0.01);
    }

    @Override
    public String id() {
        return "M-HOUSEHOLD-PHARMACY";
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        PersonDrugPurchases purchases = purchases(scope.prepare());
        Map<String, String> householdOf = new HashMap<>();
        PersonRegister.forEach(scope.dsl(), purchases.persons(), r -> {
            if (r.get(PERSON.HOUSEHOLD_ID) != null) {
                householdOf.put(r.get(PERSON.PSN_NO), r.get(PERSON.HOUSEHOLD_ID));
            }
        }, PERSON.PSN_NO, PERSON.HOUSEHOLD_ID);
        double baseRate = HouseholdPossessionTest.baseRate(purchases.count(HouseholdPossessionTest::early),
                purchases.holdings());
        // Only household members are tested; the others count in the base rate above.
        List<Holding> holdings = purchases.holdingsOf(householdOf::containsKey);
        holdings.sort(Comparator.comparing(Holding::psnNo).thenComparing(Holding::drug));
        List<Finding> findings = new ArrayList<>();
        for (Flag flag : HouseholdPossessionTest.flags(holdings, baseRate, householdOf, falseDiscoveryRate)) {
            String inHand = flag.earlyMembers().stream().map(h -> Long.toString(h.purchases().daysInHand()))
                    .collect(Collectors.joining("、"));
            String text = ("家庭共济分散囤药（家庭 %s，药品 %s）：%d 名购药成员中 %d 名在仍持有该药超过 %d 天时再次购药"
                    + "（末次购药时尚余 %s 天）；本月人-药早购率 %.2f%%，二项检验 BH 校正 q=%.1e（阈值 %s）")
                    .formatted(flag.household(), flag.drug(), flag.buyers().size(), flag.early(),
                            HouseholdPossessionTest.EARLY_DAYS, inHand, 100 * flag.baseRate(), flag.q(),
                            falseDiscoveryRate);
            for (Holding member : flag.earlyMembers()) {
                findings.add(finding(scope, member, ScoreNull.strength(flag.q()), text));
            }
        }
        return findings;
    }

    /**
     * Every person's purchases of every drug in the month's outpatient and pharmacy care (chronic care too, as R07).
     * A month holds one per person and drug (ten million at five million settlements), hence packed.
     */
    private static PersonDrugPurchases purchases(AuditScope scope) {
        StringPool pool = new StringPool();
        PersonDrugPurchases purchases = new PersonDrugPurchases();
        LargeResults.forEach(scope.dsl(), "SELECT i.psn_no, i.hilist_code, i.setl_day, i.days_supply"
                + " FROM audit_item i WHERE i.cycle_month = ? AND i.outpatient = '1' AND i.days_supply > 0",
                new Object[] {scope.month().toString()}, r -> purchases.add(pool.of(r.get(0, String.class)),
                        r.get(1, String.class), LocalDate.parse(r.get(2, String.class)).toEpochDay(),
                        r.get(3, Long.class)));
        return purchases;
    }

    /** The member's purchases of the drug as evidence; the amount is their fee in proportion of the days in hand. */
    private Finding finding(AuditScope scope, Holding member, double score, String text) {
        List<Record> lines = scope.dsl().resultQuery("SELECT i.setl_id, i.det_item_fee_sumamt FROM audit_item i"
                + " WHERE i.cycle_month = ? AND i.psn_no = ? AND i.hilist_code = ? AND i.outpatient = '1'"
                + " AND i.days_supply > 0 ORDER BY i.setl_day, i.setl_id", scope.month().toString(), member.psnNo(),
                member.drug()).fetch();
        List<String> setlIds = lines.stream().map(r -> r.get(0, String.class)).distinct().toList();
        BigDecimal fee = lines.stream().map(r -> r.get(1, BigDecimal.class)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inHand = fee.multiply(BigDecimal.valueOf(member.purchases().daysInHand()))
                .divide(BigDecimal.valueOf(member.purchases().totalDays()), 2, RoundingMode.HALF_UP);
        return new Finding(SubjectType.PERSON, member.psnNo(), id(), Certainty.SUSPECTED, score, inHand, setlIds,
                setlIds.size(), text);
    }
}
