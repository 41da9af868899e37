package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.PAID;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.jooq.Record;
import org.jooq.Result;

/**
 * R20 药店高频大额: a person's pharmacy purchases this month are above the P-th percentile of all pharmacy
 * customers in both count and spend, and at least a minimum count (so a quiet month flags nobody).
 */
public final class PharmacyHighUseRule implements AuditRule {
    private static final String PHARMACY = "(s.med_type = '41' OR s.med_type LIKE '99%')";

    private final double percentile;
    private final int minPurchases;

    public PharmacyHighUseRule(double percentile, int minPurchases) {
        this.percentile = percentile;
        this.minPurchases = minPurchases;
    }

    public PharmacyHighUseRule() {
        this(99, 6);
    }

    @Override public String id() { return "R20"; }
    @Override public String reason() { return "药店高频大额"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }
    @Override public String thresholds() { return "percentile=" + percentile + ",min_purchases=" + minPurchases; }

    @Override
    public List<Finding> evaluate(AuditScope scope) {
        String where = " WHERE s.cycle_month = ? AND " + PHARMACY;
        Result<Record> perPerson = scope.prepare().dsl().resultQuery("SELECT s.psn_no, COUNT(*), SUM(" + PAID
                + "), COUNT(DISTINCT s.fixmedins_code) FROM audit_visit s" + where + " GROUP BY s.psn_no",
                scope.month().toString()).fetch();
        double[] counts = new double[perPerson.size()];
        double[] spends = new double[perPerson.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = perPerson.get(i).get(1, Double.class);
            spends[i] = perPerson.get(i).get(2, Double.class);
        }
        double countLimit = Math.max(minPurchases - 1, Percentile.of(counts, percentile));
        double spendLimit = Percentile.of(spends, percentile);
        Set<String> flagged = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > countLimit && spends[i] > spendLimit) {
                flagged.add(perPerson.get(i).get(0, String.class));
            }
        }
        Evidence evidence = new Evidence();
        if (!flagged.isEmpty()) {
            for (Record row : scope.dsl().resultQuery("SELECT s.psn_no, s.setl_id, " + PAID + ", s.fixmedins_code"
                    + " FROM audit_visit s" + where + " AND s.psn_no IN (SELECT s2.psn_no FROM audit_visit s2"
                    + " WHERE s2.cycle_month = ? AND (s2.med_type = '41' OR s2.med_type LIKE '99%')"
                    + " GROUP BY s2.psn_no HAVING COUNT(*) > ?) ORDER BY s.psn_no, s.setl_time",
                    scope.month().toString(), scope.month().toString(), (int) countLimit).fetch()) {
                String psn = row.get(0, String.class);
                if (flagged.contains(psn)) {
                    evidence.of(psn).add(row.get(1, String.class), row.get(2, BigDecimal.class), 0,
                            row.get(3, String.class), null);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence.Subject s : evidence.subjects()) {
            String text = "药店高频大额：本月药店购药 %d 次、医保支付 %s 元，均高于全体购药人群 P%s（%s 次、%.2f 元），涉及 %d 家药店"
                    .formatted(s.setlIds.size(), s.amount().toPlainString(), SqlRule.fmt(percentile),
                            SqlRule.fmt(countLimit), spendLimit, s.units.size());
            findings.add(new Finding(SubjectType.PERSON, s.id, id(), certainty(),
                    SqlRule.beyond(s.setlIds.size(), countLimit), s.amount(), s.setlIds(), s.setlIds.size(), text));
        }
        return findings;
    }
}
