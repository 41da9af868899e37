package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.SubjectType;
import org.jooq.Record;

/**
 * 机构费用异常: cost per visit against the peer median (same kind and level), drug share of the fees, share of
 * cross-province patients and of patients who came back within the month.
 */
public final class InstitutionCostBehaviour implements Behaviour {
    private static final String OUTPATIENT = "s.outpatient = '1'";
    private static final List<Feature> FEATURES = List.of(
            new Feature("cost_ratio", "费用/按同类机构各就医类型中位次均费用折算的费用", "倍", Math::exp),
            Feature.plain("drug_share", "药品费用占比", ""),
            Feature.plain("nonlocal_share", "跨省患者占比", ""),
            Feature.plain("repeat_share", "当月复诊患者占比", ""));

    private final int minVisits;
    private AuditScope cachedScope;
    private List<FeatureRow> cached;

    public InstitutionCostBehaviour(int minVisits) {
        this.minVisits = minVisits;
    }

    public InstitutionCostBehaviour() {
        this(5);
    }

    @Override public String modelId() { return "M-IF-INSTITUTION"; }
    @Override public String description() { return "机构费用异常"; }
    @Override public SubjectType subjectType() { return SubjectType.INSTITUTION; }
    /** The Isolation Forest and the LOF read the same cached rows. */
    @Override public String group() { return "institution-cost"; }
    @Override public List<Feature> features() { return FEATURES; }

    private record Totals(String peer, long visits, long patients, BigDecimal cost, BigDecimal paid, long nonlocal) {
    }

    /** Both institution detectors (Isolation Forest and LOF) ask; the month's features are computed once. */
    @Override
    public synchronized List<FeatureRow> rows(AuditScope scope) {
        if (!scope.equals(cachedScope)) {
            cached = List.copyOf(load(scope));
            cachedScope = scope;
        }
        return cached;
    }

    private List<FeatureRow> load(AuditScope scope) {
        String month = scope.month().toString();
        String where = " WHERE s.cycle_month = ? AND " + OUTPATIENT;
        scope.prepare();
        Map<String, Totals> totals = new LinkedHashMap<>();
        // Grouped first, then the institution looked up once per group (LEFT JOIN keeps that order on H2).
        for (Record r : scope.dsl().resultQuery("SELECT g.fixmedins_code, COALESCE(i.kind, '?'), COALESCE(i.hosp_lv, '-'),"
                + " g.visits, g.persons, g.medfee, g.paid, g.nonlocal FROM (SELECT s.fixmedins_code, COUNT(*) AS visits,"
                + " COUNT(DISTINCT s.psn_no) AS persons, SUM(s.medfee_sumamt) AS medfee, SUM(s.paid) AS paid,"
                + " SUM(CASE WHEN SUBSTR(s.insu_admdvs, 1, 2) <> SUBSTR(s.mdtrtarea_admdvs, 1, 2) THEN 1 ELSE 0 END) AS nonlocal"
                + " FROM audit_visit s" + where + " GROUP BY s.fixmedins_code HAVING COUNT(*) >= ?) g"
                + " LEFT JOIN institution i ON i.fixmedins_code = g.fixmedins_code ORDER BY g.fixmedins_code",
                month, minVisits).fetch()) {
            totals.put(r.get(0, String.class), new Totals(r.get(1) + "/" + r.get(2), r.get(3, Long.class),
                    r.get(4, Long.class), r.get(5, BigDecimal.class), r.get(6, BigDecimal.class), r.get(7, Long.class)));
        }
        Map<String, double[]> drugs = new HashMap<>();
        // audit_item (the month's fee lines) carries the settlement columns of the WHERE under the same names.
        for (Record r : scope.dsl().resultQuery("SELECT s.fixmedins_code,"
                + " SUM(CASE WHEN s.list_type IN ('101','102','103','104','106') THEN s.det_item_fee_sumamt ELSE 0 END),"
                + " SUM(s.det_item_fee_sumamt) FROM audit_item s" + where
                + " GROUP BY s.fixmedins_code", month).fetch()) {
            drugs.put(r.get(0, String.class), new double[] {r.get(1, Double.class), r.get(2, Double.class)});
        }
        Map<String, Long> repeats = new HashMap<>();
        for (Record r : scope.dsl().resultQuery("SELECT fixmedins_code, COUNT(*) FROM (SELECT s.fixmedins_code,"
                + " s.psn_no FROM audit_visit s" + where + " GROUP BY s.fixmedins_code, s.psn_no HAVING COUNT(*) >= 2) x"
                + " GROUP BY fixmedins_code", month).fetch()) {
            repeats.put(r.get(0, String.class), r.get(1, Long.class));
        }
        Map<String, Double> expected = expectedCost(scope, totals);
        List<FeatureRow> rows = new ArrayList<>();
        totals.forEach((code, t) -> {
            double[] drug = drugs.getOrDefault(code, new double[] {0, 0});
            rows.add(new FeatureRow(code, t.peer(), excess(t, expected.get(code)), new double[] {
                    Math.log(Math.max(0.01, t.cost().doubleValue()) / Math.max(0.01, expected.get(code))), drug[1] > 0 ? drug[0] / drug[1] : 0,
                    (double) t.nonlocal() / t.visits(), (double) repeats.getOrDefault(code, 0L) / t.patients()}));
        });
        return rows;
    }

    /**
     * The amount at risk: the paid share of what the visits cost above the peers' typical cost (nothing when at or
     * below it). The whole paid amount would rank every large institution first whatever its behaviour.
     */
    private static BigDecimal excess(Totals t, double expectedCost) {
        double cost = t.cost().doubleValue();
        double share = cost <= 0 ? 0 : Math.max(0, 1 - expectedCost / cost);
        return t.paid().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What the institution's visits would cost at its peers' median cost per visit of each med_type (a hospital
     * with much chronic care is not expensive for that).
     */
    private static Map<String, Double> expectedCost(AuditScope scope, Map<String, Totals> totals) {
        record Line(String code, String medType, long visits, double perVisit) {
        }
        List<Line> lines = new ArrayList<>();
        for (Record r : scope.dsl().resultQuery("SELECT s.fixmedins_code, s.med_type, COUNT(*), SUM(s.medfee_sumamt)"
                + " FROM audit_visit s WHERE s.cycle_month = ? AND " + OUTPATIENT + " GROUP BY s.fixmedins_code, s.med_type", scope.month().toString()).fetch()) {
            if (totals.containsKey(r.get(0, String.class))) {
                long visits = r.get(2, Long.class);
                lines.add(new Line(r.get(0, String.class), r.get(1, String.class), visits,
                        Math.max(0.01, r.get(3, Double.class) / visits)));
            }
        }
        Map<String, List<Double>> byPeerType = new HashMap<>();
        lines.forEach(l -> byPeerType.computeIfAbsent(totals.get(l.code()).peer() + "/" + l.medType(),
                k -> new ArrayList<>()).add(Math.log(l.perVisit())));
        Map<String, Double> median = new HashMap<>();
        byPeerType.forEach((k, v) -> median.put(k,
                Math.exp(RobustZ.of(v.stream().mapToDouble(Double::doubleValue).toArray()).median())));
        Map<String, Double> expected = new HashMap<>();
        lines.forEach(l -> expected.merge(l.code(),
                l.visits() * median.get(totals.get(l.code()).peer() + "/" + l.medType()), Double::sum));
        return expected;
    }

    @Override
    public List<String> evidence(AuditScope scope, String subjectId) {
        return scope.dsl().resultQuery("SELECT s.setl_id FROM audit_visit s WHERE s.cycle_month = ?"
                + " AND s.fixmedins_code = ? AND " + OUTPATIENT
                + " ORDER BY s.medfee_sumamt DESC, s.setl_id", scope.month().toString(), subjectId)
                .fetch(0, String.class);
    }
}
