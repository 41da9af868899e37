package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subject's mean log cost per visit against its peer group's (same kind, level and med_type), as a funnel plot
 * does it: the peers' location is the median of their means; the test's standard error is the pooled
 * within-subject spread over √visits, so a moderate excess over many visits is as significant as a large one over
 * few; p-values are adjusted by Benjamini–Hochberg over every subject tested. Significance alone would flag every
 * large institution a little above the median, so an excess must also be material: at least {@code minRatio}
 * times the peers' typical cost, and beyond two standard deviations of the natural spread between peers, which
 * differs by kind and level ({@link #betweenSpread}).
 */
public final class PeerGroupTest {
    /** A peer group needs this many subjects before its median and spread mean anything. */
    static final int MIN_PEERS = 5;
    /** Floor of the within-subject spread of log costs (a group of near-identical visits is not infinitely precise). */
    private static final double MIN_WITHIN_SD = 0.05;

    /** One subject's visits of one med_type: count, mean and standard deviation of their log cost. */
    public record Unit(String subjectId, String peer, long visits, double meanLog, double sdLog) {
    }

    /**
     * @param typicalLog the peers' median mean log cost
     * @param band       the smallest log excess that counts (material and beyond the peers' natural spread)
     */
    public record Result(Unit unit, double typicalLog, double band, double z, double q, int peers) {
        public double ratio() {
            return Math.exp(unit.meanLog() - typicalLog);
        }

        public boolean flagged(double falseDiscoveryRate) {
            return q <= falseDiscoveryRate && unit.meanLog() - typicalLog >= band;
        }
    }

    private final double minRatio;
    private final int minVisits;

    /** @param minVisits subjects with fewer visits inform their peers' norm but are not tested themselves */
    public PeerGroupTest(double minRatio, int minVisits) {
        this.minRatio = minRatio;
        this.minVisits = minVisits;
    }

    /** Every unit of {@code minVisits} or more in a peer group of at least {@link #MIN_PEERS}, tested. */
    public List<Result> test(List<Unit> units) {
        Map<String, List<Unit>> groups = new HashMap<>();
        units.forEach(u -> groups.computeIfAbsent(u.peer(), k -> new ArrayList<>()).add(u));
        List<Unit> tested = new ArrayList<>();
        List<double[]> stats = new ArrayList<>(); // typical, band, z
        groups.values().stream().filter(g -> g.size() >= MIN_PEERS).forEach(group -> {
            RobustZ means = RobustZ.of(group.stream().mapToDouble(Unit::meanLog).toArray());
            double within = pooledSd(group);
            double between = betweenSpread(group, means.median(), within);
            double band = Math.max(Math.log(minRatio), 2 * between);
            for (Unit u : group) {
                if (u.visits() < minVisits) {
                    continue;
                }
                tested.add(u);
                stats.add(new double[] {means.median(), band,
                        (u.meanLog() - means.median()) / (within / Math.sqrt(u.visits())), group.size()});
            }
        });
        double[] p = stats.stream().mapToDouble(s -> NormalTail.p(s[2])).toArray();
        double[] q = BenjaminiHochberg.adjust(p);
        List<Result> results = new ArrayList<>(tested.size());
        for (int i = 0; i < tested.size(); i++) {
            double[] s = stats.get(i);
            results.add(new Result(tested.get(i), s[0], s[1], s[2], q[i], (int) s[3]));
        }
        return results;
    }

    /**
     * The natural spread between subjects: robustly (1.4826 × the median, as for a MAD) the squared deviations of
     * the means below the median, each less its own sampling variance σ²/n, so a subject of five visits does not
     * pass its noise off as spread. Only the means below the median: the excess tested for lies above it, so
     * subjects billing too much, a large share of a small group, cannot widen the band that judges them.
     */
    private static double betweenSpread(List<Unit> group, double median, double within) {
        double[] excess = group.stream().filter(u -> u.meanLog() <= median)
                .mapToDouble(u -> Math.pow(median - u.meanLog(), 2) - within * within / u.visits()).sorted().toArray();
        return excess.length == 0 ? 0 : 1.4826 * Math.sqrt(Math.max(0, excess[excess.length / 2]));
    }

    /** Spread of single visits within subjects, pooled over the peer group. */
    private static double pooledSd(List<Unit> group) {
        double sum = 0;
        long dof = 0;
        for (Unit u : group) {
            sum += (u.visits() - 1) * u.sdLog() * u.sdLog();
            dof += u.visits() - 1;
        }
        return Math.max(MIN_WITHIN_SD, Math.sqrt(sum / Math.max(1, dof)));
    }
}
