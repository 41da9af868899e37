package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;
import static org.fundclear.audit.rules.AuditSql.OUTPATIENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.audit.model.RobustZ;
import org.jooq.Record;

/**
 * R23 机构次均费用异常: an institution's cost per visit for a med_type is far above its peers' (same med_type and,
 * by default, kind and level; {@code peerBy} may also add the institution's province or region), both in size (at least {@code minRatio} times the peers' median) and beyond chance: the mean
 * log cost of its visits lies more than {@code minZ} standard errors above the peers' median, the error being
 * the peers' pooled within-institution spread over the square root of its visits (few visits, wide margin).
 */
public final class InstitutionCostPerVisitRule implements AuditRule {
    private final double minZ;
    private final double minRatio;
    private final int minVisits;
    private final int minPeers;
    private final List<String> peerBy;

    /** What may define a peer group besides med_type (always): kind, hosp_lv, province (of admdvs), region (admdvs). */
    public static final List<String> PEER_DIMENSIONS = List.of("kind", "hosp_lv", "province", "region");

    public static final List<String> DEFAULT_PEER_BY = List.of("kind", "hosp_lv");

    public InstitutionCostPerVisitRule(double minZ, double minRatio, int minVisits, int minPeers, List<String> peerBy) {
        if (peerBy.isEmpty() || !PEER_DIMENSIONS.containsAll(peerBy)) {
            throw new IllegalArgumentException("peer groups are one or more of " + PEER_DIMENSIONS + ": " + peerBy);
        }
        this.minZ = minZ;
        this.minRatio = minRatio;
        this.minVisits = minVisits;
        this.minPeers = minPeers;
        // in the fixed order of PEER_DIMENSIONS, so the same set reads (and hashes) the same
        this.peerBy = PEER_DIMENSIONS.stream().filter(peerBy::contains).toList();
    }

    public InstitutionCostPerVisitRule(double minZ, double minRatio, int minVisits, int minPeers) {
        this(minZ, minRatio, minVisits, minPeers, DEFAULT_PEER_BY);
    }

    public InstitutionCostPerVisitRule() {
        this(3.0, 2.0, 5, 5);
    }

    @Override public String id() { return "R23"; }
    @Override public String reason() { return "机构次均费用异常"; }
    @Override public DataLevel level() { return DataLevel.S; }
    @Override public Certainty certainty() { return Certainty.SUSPECTED; }

    @Override
    public String thresholds() {
        return "min_z=" + minZ + ",min_ratio=" + minRatio + ",min_visits=" + minVisits + ",min_peers=" + minPeers
                + ",peer_by=" + String.join("+", peerBy) + "+med_type";
    }

    private record Line(String institution, String medType, long visits, BigDecimal cost, double meanLog,
                        double sdLog) {
        double perVisit() {
            return cost.doubleValue() / visits;
        }
    }

    @Override
    public List<Finding> evaluate(AuditScope scope) {
        Map<String, List<Line>> peers = new LinkedHashMap<>();
        for (Record row : scope.prepare().dsl().resultQuery("SELECT s.fixmedins_code, COALESCE(i.kind, '?'),"
                + " COALESCE(i.hosp_lv, '-'), s.med_type, COUNT(*), SUM(s.medfee_sumamt), AVG(LN(s.medfee_sumamt)),"
                + " STDDEV_SAMP(LN(s.medfee_sumamt)), COALESCE(i.admdvs, 'XXXXXX') FROM audit_visit s"
                + " LEFT JOIN institution i ON i.fixmedins_code = s.fixmedins_code"
                + " WHERE s.cycle_month = ? AND s.medfee_sumamt > 0 AND " + OUTPATIENT
                + " GROUP BY s.fixmedins_code, i.kind, i.hosp_lv, i.admdvs, s.med_type HAVING COUNT(*) >= ?"
                + " ORDER BY s.fixmedins_code, s.med_type", scope.month().toString(), minVisits).fetch()) {
            String peer = peerKey(row);
            Double sd = row.get(7, Double.class);
            peers.computeIfAbsent(peer, k -> new ArrayList<>()).add(new Line(row.get(0, String.class),
                    row.get(3, String.class), row.get(4, Long.class), row.get(5, BigDecimal.class),
                    row.get(6, Double.class), sd == null ? 0 : sd));
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Line>> peer : peers.entrySet()) {
            List<Line> lines = peer.getValue();
            if (lines.size() < minPeers) {
                continue;
            }
            double center = RobustZ.of(lines.stream().mapToDouble(Line::meanLog).toArray()).median();
            double pooledSd = pooledSd(lines);
            for (Line line : lines) {
                double ratio = Math.exp(line.meanLog() - center);
                double z = (line.meanLog() - center) / (pooledSd / Math.sqrt(line.visits()));
                if (z > minZ && ratio >= minRatio) {
                    findings.add(finding(scope, peer.getKey(), line, z, ratio, Math.exp(center), lines.size()));
                }
            }
        }
        return findings;
    }

    /** The peer group's name, e.g. "HOSPITAL/2/11": the chosen dimensions, then med_type. */
    private String peerKey(Record row) {
        List<String> parts = new ArrayList<>();
        for (String dimension : peerBy) {
            String admdvs = row.get(8, String.class);
            parts.add(switch (dimension) {
                case "kind" -> String.valueOf(row.get(1));
                case "hosp_lv" -> String.valueOf(row.get(2));
                case "province" -> admdvs.substring(0, 2) + "0000";
                default -> admdvs;
            });
        }
        parts.add(row.get(3, String.class));
        return String.join("/", parts);
    }

    /** Spread of single visits within institutions, pooled over the peer group. */
    private static double pooledSd(List<Line> lines) {
        double sum = 0;
        long dof = 0;
        for (Line l : lines) {
            sum += (l.visits() - 1) * l.sdLog() * l.sdLog();
            dof += l.visits() - 1;
        }
        return Math.max(0.05, Math.sqrt(sum / Math.max(1, dof)));
    }

    private Finding finding(AuditScope scope, String peer, Line line, double z, double ratio, double peerTypical,
                            int peerSize) {
        List<String> setlIds = scope.dsl().resultQuery("SELECT s.setl_id FROM audit_visit s WHERE s.cycle_month = ?"
                + " AND s.fixmedins_code = ? AND s.med_type = ? "
                + " ORDER BY s.medfee_sumamt DESC, s.setl_id", scope.month().toString(), line.institution(),
                line.medType()).fetch(0, String.class);
        BigDecimal excess = line.cost().subtract(BigDecimal.valueOf(peerTypical * line.visits()))
                .setScale(2, RoundingMode.HALF_UP);
        String text = "机构次均费用异常：就医类型 %s 次均费用 %.2f 元，同类机构（%s，%d 家）典型次均 %.2f 元，为其 %.1f 倍（阈值 %s 倍），z=%.1f（阈值 %s），本月 %d 人次"
                .formatted(line.medType(), line.perVisit(), peer, peerSize, peerTypical, ratio, SqlRule.fmt(minRatio),
                        z, SqlRule.fmt(minZ), line.visits());
        return new Finding(SubjectType.INSTITUTION, line.institution(), id(), certainty(), SqlRule.beyond(ratio, minRatio),
                excess.max(BigDecimal.ZERO), setlIds, setlIds.size(), text);
    }
}
