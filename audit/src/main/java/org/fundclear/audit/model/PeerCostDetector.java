package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.sql.LargeResults;
import org.jooq.Record;

/**
 * 次均费用同类比较 for institutions ({@code M-PEER-INSTITUTION}) and doctors ({@code M-PEER-DOCTOR}): each subject's
 * outpatient visits of one med_type against those of its peers (institutions of the same kind and level) by
 * {@link PeerGroupTest}. A doctor's visits are the settlements whose first fee line the doctor billed (a visit has
 * one doctor). Every subject informs its peers' norm (a doctor's month is short: few have many visits); those with
 * at least {@code minVisits} are tested. The amount at risk is what the subject billed above the peers' typical cost for as many visits.
 */
public final class PeerCostDetector implements Detector {
    // The grouped units alone: joined to institution inside one statement, H2 re-ran the grouping per institution
    // row (minutes at a million settlements); institutions' kind and level come from a map instead.
    private static final String INSTITUTION_UNITS = "SELECT s.fixmedins_code, s.fixmedins_code, s.med_type,"
            + " COUNT(*), AVG(LN(s.medfee_sumamt)), STDDEV_SAMP(LN(s.medfee_sumamt)), SUM(s.medfee_sumamt),"
            + " SUM(s.paid) FROM audit_visit s"
            + " WHERE s.cycle_month = ? AND s.outpatient = '1' AND s.medfee_sumamt > 0"
            + " GROUP BY s.fixmedins_code, s.med_type";
    private static final String DOCTOR_UNITS = "SELECT f.bilg_dr_code, s.fixmedins_code, s.med_type,"
            + " COUNT(*), AVG(LN(s.medfee_sumamt)), STDDEV_SAMP(LN(s.medfee_sumamt)), SUM(s.medfee_sumamt),"
            + " SUM(s.paid) FROM audit_item f"
            + " JOIN audit_visit s ON s.cycle_month = f.cycle_month AND s.setl_id = f.setl_id"
            + " WHERE f.cycle_month = ? AND f.line_no = 1 AND f.outpatient = '1'"
            + " AND f.bilg_dr_code IS NOT NULL AND s.medfee_sumamt > 0"
            + " GROUP BY f.bilg_dr_code, s.fixmedins_code, s.med_type";

    private final SubjectType subjectType;
    private final int minVisits;
    private final PeerGroupTest test;
    private final double falseDiscoveryRate;

    public PeerCostDetector(SubjectType subjectType, int minVisits, double minRatio, double falseDiscoveryRate) {
        if (subjectType == SubjectType.PERSON) {
            throw new IllegalArgumentException("persons have no peer cost per visit");
        }
        this.subjectType = subjectType;
        this.minVisits = minVisits;
        this.test = new PeerGroupTest(minRatio, minVisits);
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    /** At least 5 visits of the med_type (a doctor's month is short), 25 % above the peers' typical cost, q ≤ 0.01. */
    public PeerCostDetector(SubjectType subjectType) {
        this(subjectType, 5, 1.25, 0.01);
    }

    @Override
    public String id() {
        return subjectType == SubjectType.INSTITUTION ? "M-PEER-INSTITUTION" : "M-PEER-DOCTOR";
    }

    /** The money of one unit, kept exact beside its statistics. */
    private record Money(String institution, String medType, BigDecimal cost, BigDecimal paid) {
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        String month = scope.month().toString();
        scope.prepare();
        List<PeerGroupTest.Unit> units = new ArrayList<>();
        Map<PeerGroupTest.Unit, Money> money = new HashMap<>();
        Map<String, String> peerOf = new HashMap<>();
        for (Record r : scope.dsl().resultQuery("SELECT fixmedins_code, COALESCE(kind, '?'), COALESCE(hosp_lv, '-')"
                + " FROM institution").fetch()) {
            peerOf.put(r.get(0, String.class), r.get(1) + "/" + r.get(2));
        }
        for (Record r : scope.dsl().resultQuery(subjectType == SubjectType.INSTITUTION ? INSTITUTION_UNITS
                : DOCTOR_UNITS, month).fetch()) {
            String institution = r.get(1, String.class);
            Double sd = r.get(5, Double.class);
            PeerGroupTest.Unit unit = new PeerGroupTest.Unit(r.get(0, String.class),
                    peerOf.getOrDefault(institution, "?/-") + "/" + r.get(2), r.get(3, Long.class),
                    r.get(4, Double.class), sd == null ? 0 : sd);
            units.add(unit);
            money.put(unit, new Money(institution, r.get(2, String.class), r.get(6, BigDecimal.class),
                    r.get(7, BigDecimal.class)));
        }
        List<PeerGroupTest.Result> flagged = test.test(units).stream().filter(r -> r.flagged(falseDiscoveryRate)).toList();
        Map<String, List<String>> doctors = subjectType == SubjectType.DOCTOR
                ? doctorSettlements(scope, flagged, money) : Map.of();
        Map<String, Finding> strongest = new HashMap<>();
        for (PeerGroupTest.Result result : flagged) {
            Finding f = finding(scope, result, money.get(result.unit()), doctors);
            strongest.merge(f.subjectId(), f, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return List.copyOf(strongest.values());
    }

    private static String doctorKey(String institution, String medType, String doctor) {
        return institution + '\u0000' + medType + '\u0000' + doctor;
    }

    /**
     * The settlements of every flagged doctor unit, in one pass over the month's first fee lines: audit_item has no
     * index, and a scan per flagged doctor made a month of a million settlements take many minutes.
     */
    private static Map<String, List<String>> doctorSettlements(AuditScope scope, List<PeerGroupTest.Result> flagged,
                                                               Map<PeerGroupTest.Unit, Money> money) {
        if (flagged.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> settlements = new HashMap<>();
        for (PeerGroupTest.Result r : flagged) {
            Money m = money.get(r.unit());
            settlements.put(doctorKey(m.institution(), m.medType(), r.unit().subjectId()), new ArrayList<>());
        }
        LargeResults.forEach(scope.dsl(), "SELECT f.fixmedins_code, f.med_type, f.bilg_dr_code,"
                + " f.setl_id FROM audit_item f WHERE f.cycle_month = ? AND f.line_no = 1",
                new Object[] {scope.month().toString()}, row -> {
                    List<String> ids = settlements.get(doctorKey(row.get(0, String.class), row.get(1, String.class),
                            row.get(2, String.class)));
                    if (ids != null) {
                        ids.add(row.get(3, String.class));
                    }
                });
        return settlements;
    }

    private Finding finding(AuditScope scope, PeerGroupTest.Result r, Money m, Map<String, List<String>> doctors) {
        PeerGroupTest.Unit u = r.unit();
        BigDecimal typical = BigDecimal.valueOf(Math.exp(r.typicalLog())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal excess = m.cost().subtract(typical.multiply(BigDecimal.valueOf(u.visits()))).max(BigDecimal.ZERO);
        List<String> evidence = evidence(scope, u.subjectId(), m, doctors);
        String text = ("%s次均费用高于同类（%s，%d 个）：就医类型 %s 本月 %d 人次，几何平均次均 %.2f 元，同类典型 %s 元，为其 %.2f 倍"
                + "（需 ≥ %.2f 倍）；按人次的标准误 z=%.1f，BH 校正 q=%.1e（阈值 %s）；高出同类典型的金额 %s 元")
                .formatted(subjectType == SubjectType.INSTITUTION ? "机构" : "医师", u.peer(), r.peers(), m.medType(),
                        u.visits(), Math.exp(u.meanLog()), typical.toPlainString(), r.ratio(), Math.exp(r.band()),
                        r.z(), r.q(), falseDiscoveryRate, excess.setScale(2, RoundingMode.HALF_UP).toPlainString());
        return new Finding(subjectType, u.subjectId(), id(), Certainty.SUSPECTED, ScoreNull.strength(r.q()),
                excess.setScale(2, RoundingMode.HALF_UP), evidence, evidence.size(), text);
    }

    /** The unit's costliest settlements. */
    private List<String> evidence(AuditScope scope, String subjectId, Money m, Map<String, List<String>> doctors) {
        String month = scope.month().toString();
        if (subjectType == SubjectType.INSTITUTION) {
            return scope.dsl().resultQuery("SELECT s.setl_id FROM audit_visit s WHERE s.cycle_month = ?"
                    + " AND s.fixmedins_code = ? AND s.med_type = ? ORDER BY s.medfee_sumamt DESC, s.setl_id",
                    month, subjectId, m.medType()).maxRows(Finding.MAX_EVIDENCE).fetch(0, String.class);
        }
        // the doctor's settlements from the one pass above, then their costs by audit_visit's key
        List<String> setlIds = doctors.getOrDefault(doctorKey(m.institution(), m.medType(), subjectId), List.of());
        List<Object> binds = new ArrayList<>(List.of(month));
        binds.addAll(setlIds);
        return setlIds.isEmpty() ? List.of() : scope.dsl().resultQuery("SELECT s.setl_id FROM audit_visit s"
                + " WHERE s.cycle_month = ? AND s.setl_id IN (" + String.join(", ", Collections.nCopies(setlIds.size(), "?"))
                + ") ORDER BY s.medfee_sumamt DESC, s.setl_id", binds.toArray())
                .maxRows(Finding.MAX_EVIDENCE).fetch(0, String.class);
    }
}
