package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.jooq.Record;

/**
 * 医师处方异常: a prescribing doctor's (bilg_dr_code) month against doctors of institutions of the same kind and
 * level: how far cost per settlement exceeds the peers' median for the same med_type, drug share of the amount
 * billed, drug lines per settlement, and share of non-chronic drug lines supplying more than 7 days. Fee lines
 * without a doctor are skipped; a settlement counts for every doctor on it.
 *
 * <p>Only prescribing features: volume (settlements per day, per patient) is another behaviour, and on a planted
 * month it let ring and weekly-clinic doctors outrank every over-prescriber. Cost counts only above the peers'
 * median, since a cheap doctor is no prescribing risk and a two-sided feature made consultation-only doctors the
 * most isolated.
 */
public final class DoctorPrescribingBehaviour implements Behaviour {
    private static final String DRUG = "f.list_type IN ('101','102','103','104','106')";
    private static final String NON_CHRONIC_DRUG = DRUG + " AND f.med_type NOT LIKE '14%'";
    private static final List<Feature> FEATURES = List.of(
            new Feature("cost_excess", "次均费用与同类医师同就医类型中位之比（不足 1 记 1）", "倍", Math::exp),
            Feature.plain("drug_share", "药品费用占比", ""),
            Feature.logCount("drug_lines_per_settlement", "每笔结算药品明细", "条"),
            Feature.plain("long_supply_share", "非慢病药品带量超 7 天的明细占比", ""));
    /** Evidence looks at most this many of a doctor's institutions (busiest first); keeps the IN list short. */
    private static final int MAX_INSTITUTIONS = 50;

    private final int minSettlements;
    private AuditScope cachedScope;
    private Map<String, List<String>> institutionsOfDoctor = Map.of();

    public DoctorPrescribingBehaviour(int minSettlements) {
        this.minSettlements = minSettlements;
    }

    public DoctorPrescribingBehaviour() {
        this(5);
    }

    @Override public String modelId() { return "M-IF-DOCTOR"; }
    @Override public String description() { return "医师处方异常"; }
    @Override public SubjectType subjectType() { return SubjectType.DOCTOR; }
    @Override public List<Feature> features() { return FEATURES; }

    /**
     * One doctor's lines at one institution and med_type; settlements add up across these (a settlement has one
     * institution and med_type).
     */
    private record Lines(String doctor, String institution, String peer, String medType, long settlements,
                         BigDecimal amount, BigDecimal drugAmount, long drugLines, long nonChronicDrugLines,
                         long longLines, BigDecimal paid) {
    }

    @Override
    public List<FeatureRow> rows(AuditScope scope) {
        String month = scope.month().toString();
        scope.prepare();
        Map<String, List<Lines>> byDoctor = new TreeMap<>();
        // Grouped first, then the institution looked up once per group (LEFT JOIN keeps that order on H2).
        for (Record r : scope.dsl().resultQuery("SELECT g.doctor, g.fixmedins_code, COALESCE(i.kind, '?'),"
                + " COALESCE(i.hosp_lv, '-'), g.med_type, g.settlements, g.amount, g.drug_amount, g.drug_lines,"
                + " g.non_chronic_lines, g.long_lines, g.paid FROM (SELECT f.bilg_dr_code AS doctor,"
                + " f.fixmedins_code, f.med_type, COUNT(DISTINCT f.setl_id) AS settlements,"
                + " SUM(f.det_item_fee_sumamt) AS amount,"
                + " SUM(CASE WHEN " + DRUG + " THEN f.det_item_fee_sumamt ELSE 0 END) AS drug_amount,"
                + " SUM(CASE WHEN " + DRUG + " THEN 1 ELSE 0 END) AS drug_lines,"
                + " SUM(CASE WHEN " + NON_CHRONIC_DRUG + " THEN 1 ELSE 0 END) AS non_chronic_lines,"
                + " SUM(CASE WHEN " + NON_CHRONIC_DRUG + " AND f.days_supply > 7 THEN 1 ELSE 0 END) AS long_lines,"
                // the doctor's lines' share of what the funds and the personal account paid for the settlement
                + " SUM(CASE WHEN s.medfee_sumamt > 0 THEN s.paid * f.det_item_fee_sumamt / s.medfee_sumamt ELSE 0 END) AS paid"
                + " FROM audit_item f JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id"
                + " WHERE f.cycle_month = ? AND s.cycle_month = ? AND f.outpatient = '1' AND f.bilg_dr_code IS NOT NULL"
                + " GROUP BY f.bilg_dr_code, f.fixmedins_code, f.med_type) g"
                + " LEFT JOIN institution i ON i.fixmedins_code = g.fixmedins_code", month, month).fetch()) {
            Lines l = new Lines(r.get(0, String.class), r.get(1, String.class), r.get(2) + "/" + r.get(3),
                    r.get(4, String.class), r.get(5, Long.class), r.get(6, BigDecimal.class), r.get(7, BigDecimal.class),
                    r.get(8, Long.class), r.get(9, Long.class), r.get(10, Long.class), r.get(11, BigDecimal.class));
            byDoctor.computeIfAbsent(l.doctor(), k -> new ArrayList<>()).add(l);
        }
        byDoctor.values().removeIf(own -> own.stream().mapToLong(Lines::settlements).sum() < minSettlements);
        Map<String, Double> typical = typicalCost(byDoctor);
        List<FeatureRow> rows = new ArrayList<>();
        Map<String, List<String>> institutions = new HashMap<>();
        byDoctor.forEach((doctor, own) -> {
            // busiest institution and med_type first: it names the doctor's peer group
            own.sort(Comparator.comparingLong(Lines::settlements).reversed()
                    .thenComparing(Lines::institution).thenComparing(Lines::medType));
            rows.add(row(doctor, own, typical));
            institutions.put(doctor, own.stream().map(Lines::institution).distinct().limit(MAX_INSTITUTIONS).toList());
        });
        remember(scope, institutions);
        return rows;
    }

    private static FeatureRow row(String doctor, List<Lines> own, Map<String, Double> typical) {
        // Money is summed exactly; only the feature ratios below are statistics in double.
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal drug = BigDecimal.ZERO;
        double expected = 0;
        long settlements = 0;
        long drugLines = 0;
        long nonChronic = 0;
        long longLines = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (Lines l : own) {
            settlements += l.settlements();
            amount = amount.add(l.amount());
            expected += l.settlements() * typical.get(l.peer() + "/" + l.medType());
            drug = drug.add(l.drugAmount());
            drugLines += l.drugLines();
            nonChronic += l.nonChronicDrugLines();
            longLines += l.longLines();
            paid = paid.add(l.paid());
        }
        return new FeatureRow(doctor, own.get(0).peer(), paid.setScale(2, RoundingMode.HALF_UP), new double[] {
                Math.max(0, Math.log(Math.max(0.01, amount.doubleValue()) / Math.max(0.01, expected))),
                amount.signum() > 0 ? drug.doubleValue() / amount.doubleValue() : 0, Feature.log((double) drugLines / settlements),
                nonChronic > 0 ? (double) longLines / nonChronic : 0});
    }

    /**
     * Median cost per settlement of each peer group (kind × level) and med_type over the doctors compared (those
     * with enough settlements): a doctor seen once is a single draw from a skewed distribution, not a norm.
     */
    private static Map<String, Double> typicalCost(Map<String, List<Lines>> byDoctor) {
        Map<String, List<Double>> byPeerType = new HashMap<>();
        byDoctor.values().stream().flatMap(List::stream).forEach(l -> byPeerType
                .computeIfAbsent(l.peer() + "/" + l.medType(), k -> new ArrayList<>())
                .add(Math.log(Math.max(0.01, l.amount().doubleValue() / l.settlements()))));
        Map<String, Double> median = new HashMap<>();
        byPeerType.forEach((k, v) -> median.put(k,
                Math.exp(RobustZ.of(v.stream().mapToDouble(Double::doubleValue).toArray()).median())));
        return median;
    }

    private synchronized void remember(AuditScope scope, Map<String, List<String>> institutions) {
        cachedScope = scope;
        institutionsOfDoctor = institutions;
    }

    /**
     * The doctor's costliest settlements. Driven from the doctor's institutions (audit_visit is indexed by
     * institution, fee_line by setl_id): fee_line has no index on the doctor, so filtering it by doctor alone
     * would scan every fee line once per flagged doctor.
     */
    @Override
    public List<String> evidence(AuditScope scope, String subjectId) {
        List<String> institutions;
        synchronized (this) {
            institutions = scope.equals(cachedScope) ? institutionsOfDoctor.get(subjectId) : null;
        }
        List<Object> binds = new ArrayList<>(List.of(scope.month().toString(), subjectId));
        String atInstitutions = "";
        if (institutions != null && !institutions.isEmpty()) { // else (not from this scope's rows) scan by doctor
            binds.addAll(institutions);
            atInstitutions = " AND s.fixmedins_code IN ("
                    + String.join(", ", Collections.nCopies(institutions.size(), "?")) + ")";
        }
        return scope.dsl().resultQuery("SELECT DISTINCT s.setl_id, s.medfee_sumamt FROM audit_visit s"
                + " JOIN fee_line f ON f.setl_id = s.setl_id AND f.cycle_month = s.cycle_month"
                + " WHERE s.cycle_month = ? AND s.outpatient = '1' AND f.bilg_dr_code = ?" + atInstitutions
                + " ORDER BY s.medfee_sumamt DESC, s.setl_id", binds.toArray())
                .maxRows(Finding.MAX_EVIDENCE).fetch(0, String.class);
    }
}
