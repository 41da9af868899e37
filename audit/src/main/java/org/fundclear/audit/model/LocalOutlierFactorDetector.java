package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.core.Instances;

/**
 * Local Outlier Factor within each peer group of a behaviour (e.g. institutions of one kind and level): a subject
 * whose feature vector sits in a much sparser region than its nearest peers'. Complements the Isolation Forest,
 * which sees all groups at once and so misses a subject that is ordinary overall but odd among its own kind.
 * Flags a subject when its factor is at least {@code minFactor} and its log factor lies beyond the
 * fitted tail of the group's factors after Benjamini–Hochberg ({@link ScoreNull}), never a share of the group.
 */
public final class LocalOutlierFactorDetector implements Detector {
    private static final Logger LOG = LoggerFactory.getLogger(LocalOutlierFactorDetector.class);
    /** Below this a neighbourhood of 10–20 peers would be most of the group. */
    static final int MIN_GROUP = 20;
    /** LOF compares every row with every other (LinearNNSearch): groups above this are skipped, not sampled. */
    static final int MAX_GROUP = 20_000;
    private static final int MIN_POINTS = 10;
    private static final int MAX_POINTS = 20;

    private final String id;
    private final Behaviour behaviour;
    private final ModelRegistry registry;
    private final double minFactor;
    private final double falseDiscoveryRate;

    public LocalOutlierFactorDetector(String id, Behaviour behaviour, ModelRegistry registry, double minFactor,
                                      double falseDiscoveryRate) {
        this.id = id;
        this.behaviour = behaviour;
        this.registry = registry;
        this.minFactor = minFactor;
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    /** Factor at least 2 (twice as sparse as the neighbours) and q ≤ 0.01 within the group. */
    public LocalOutlierFactorDetector(String id, Behaviour behaviour, ModelRegistry registry) {
        this(id, behaviour, registry, 2.0, 0.01);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String group() {
        return behaviour.group();
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        Map<String, List<FeatureRow>> groups = new TreeMap<>();
        behaviour.rows(scope).forEach(r -> groups.computeIfAbsent(r.peerGroup(), k -> new ArrayList<>()).add(r));
        List<Finding> findings = new ArrayList<>();
        groups.forEach((peer, rows) -> {
            if (rows.size() >= MIN_GROUP && rows.size() <= MAX_GROUP) {
                findings.addAll(detect(scope, peer, rows));
            } else {
                // too few for a neighbourhood, or too many for a quadratic search: the Isolation Forest still sees them
                LOG.info("{}: peer group {} skipped ({} rows; LOF runs on {}..{})", id, peer, rows.size(), MIN_GROUP,
                        MAX_GROUP);
            }
        });
        return findings;
    }

    private List<Finding> detect(AuditScope scope, String peer, List<FeatureRow> rows) {
        // LOF 1.0.4 skips neighbours at distance 0 and loops for ever when a row has fewer than k others at a
        // positive distance: k stays below the group size minus the largest set of identical rows.
        int maxPoints = Math.min(MAX_POINTS, rows.size() - largestTie(rows) - 1);
        if (maxPoints < MIN_POINTS) {
            LOG.info("{}: peer group {} skipped ({} of {} rows identical)", id, peer, largestTie(rows), rows.size());
            return List.of();
        }
        Instances data = WekaRows.header(id, behaviour.features(), rows.size());
        rows.forEach(r -> data.add(WekaRows.instance(r, data)));
        PeerLof lof = new PeerLof(MIN_POINTS, maxPoints);
        try {
            lof.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("LOF could not be built for " + id + " " + peer, e);
        }
        if (registry != null) {
            registry.save(scope, id + "-" + fileSafe(peer), lof, data, behaviour.features(), 0, rows.size(),
                    "peer group " + peer + " (k " + MIN_POINTS + ".." + maxPoints + ")");
        }
        double[] factors = new double[rows.size()];
        for (int i = 0; i < factors.length; i++) {
            double factor = lof.factor(data.get(i));
            factors[i] = Double.isNaN(factor) ? 0 : factor; // NaN: no reachable neighbour density to compare
        }
        // factors spread multiplicatively: the tail is fitted on their logarithm
        ScoreNull calibrated = ScoreNull.of(Arrays.stream(factors).map(f -> Math.log(Math.max(f, 1e-9))).toArray());
        PeerExplanation explanation = new PeerExplanation(behaviour.features(), rows, PeerExplanation.peersOf(behaviour.subjectType()));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < factors.length; i++) {
            if (factors[i] < minFactor || calibrated.q()[i] > falseDiscoveryRate) {
                continue;
            }
            FeatureRow row = rows.get(i);
            List<String> evidence = behaviour.evidence(scope, row.subjectId());
            if (!evidence.isEmpty()) {
                String text = "%s（局部离群因子 LOF，同类 %s 共 %d 个）：LOF %.2f（阈值 %.1f），组内尾部拟合 BH 校正 q=%.1e；%s"
                        .formatted(behaviour.description(), peer, rows.size(), factors[i], minFactor,
                                calibrated.q()[i], explanation.topFeatures(row, 3));
                findings.add(new Finding(behaviour.subjectType(), row.subjectId(), id, Certainty.SUSPECTED,
                        calibrated.strength(i), row.paid(), evidence, evidence.size(), text));
            }
        }
        return findings;
    }

    private static int largestTie(List<FeatureRow> rows) {
        Map<List<Double>, Integer> counts = new HashMap<>();
        for (FeatureRow r : rows) {
            counts.merge(Arrays.stream(r.features()).boxed().toList(), 1, Integer::sum);
        }
        return Collections.max(counts.values());
    }

    private static String fileSafe(String peer) {
        String safe = peer.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return safe.isEmpty() ? "ALL" : safe;
    }
}
