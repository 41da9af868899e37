package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import weka.classifiers.misc.IsolationForest;
import weka.core.Instances;

/**
 * Weka Isolation Forest over one behaviour's features: trained on a seeded sample of the month's subjects,
 * scores every subject ({@code distributionForInstance(x)[1]} is the anomaly score), and flags those whose score
 * is above a minimum and whose largest robust z against their peers lies beyond the fitted tail of the month's
 * after Benjamini–Hochberg ({@link ScoreNull}): no share of the month is flagged by construction. Each finding names the three features furthest above the subject's
 * peer group (robust z) with the peer median, so an inspector can argue with it.
 */
public final class IsolationForestDetector implements Detector {
    /** Peer groups smaller than this are compared with everyone instead (a median of three is no norm). */
    private static final int MIN_PEERS = 20;

    private final Behaviour behaviour;
    private final ModelRegistry registry;
    private final long seed;
    private final int trainingSample;
    private final double minScore;
    private final double falseDiscoveryRate;

    public IsolationForestDetector(Behaviour behaviour, ModelRegistry registry, long seed, int trainingSample,
                                   double minScore, double falseDiscoveryRate) {
        this.behaviour = behaviour;
        this.registry = registry;
        this.seed = seed;
        this.trainingSample = trainingSample;
        this.minScore = minScore;
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    /** Score at least 0.62 (isolated well before the average path length) and q ≤ 0.01. */
    public IsolationForestDetector(Behaviour behaviour, ModelRegistry registry) {
        this(behaviour, registry, 42, 100_000, 0.62, 0.01);
    }

    @Override
    public String id() {
        return behaviour.modelId();
    }

    @Override
    public String group() {
        return behaviour.group();
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        List<FeatureRow> rows = behaviour.rows(scope);
        if (rows.size() < MIN_PEERS) {
            return List.of();
        }
        Instances header = WekaRows.header(id(), behaviour.features(), rows.size());
        Instances training = new Instances(header, Math.min(rows.size(), trainingSample));
        for (FeatureRow row : sample(rows)) {
            training.add(WekaRows.instance(row, header));
        }
        IsolationForest forest = new IsolationForest();
        forest.setSeed((int) seed);
        try {
            forest.buildClassifier(training);
        } catch (Exception e) {
            throw new IllegalStateException("Isolation Forest could not be trained for " + id(), e);
        }
        if (registry != null) {
            registry.save(scope, id(), forest, header, behaviour.features(), seed, training.size(),
                    behaviour.subjectType() == SubjectType.PERSON
                            ? "age band × sex × chronic status × insured province" : "institution kind × level");
        }
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = forest.distributionForInstance(WekaRows.instance(rows.get(i), header))[1];
        }
        Map<String, PeerExplanation> peerNorms = peerNorms(rows);
        // The forest's score saturates near 0.8 for anything isolated, so its tail cannot tell a heavy user of care
        // from a doctor shopper; the flag is calibrated on how far each subject stands above its own peers instead.
        ScoreNull calibrated = ScoreNull.of(rows.stream()
                .mapToDouble(r -> peerNorms.getOrDefault(r.peerGroup(), peerNorms.get("*")).maxZ(r)).toArray());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            boolean unusual = scores[i] >= minScore && calibrated.q()[i] <= falseDiscoveryRate;
            List<String> evidence = unusual ? behaviour.evidence(scope, rows.get(i).subjectId()) : List.of();
            if (!evidence.isEmpty()) {
                findings.add(finding(rows.get(i), scores[i], calibrated, i, peerNorms, evidence));
            }
        }
        return findings;
    }

    /** The model's input: the behaviour's numeric features and a dummy class (Weka classifiers need one). */
    /** A seeded sample when there are more subjects than the training size (scores stay reproducible). */
    private List<FeatureRow> sample(List<FeatureRow> rows) {
        if (rows.size() <= trainingSample) {
            return rows;
        }
        List<FeatureRow> copy = new ArrayList<>(rows);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < trainingSample; i++) {
            int j = i + rng.nextInt(copy.size() - i);
            FeatureRow t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, trainingSample);
    }

    /** One explanation per peer group of at least {@link #MIN_PEERS}, and one over everyone ("*") for the rest. */
    private Map<String, PeerExplanation> peerNorms(List<FeatureRow> rows) {
        Map<String, List<FeatureRow>> byPeer = new HashMap<>();
        rows.forEach(r -> byPeer.computeIfAbsent(r.peerGroup(), k -> new ArrayList<>()).add(r));
        Map<String, PeerExplanation> norms = new HashMap<>();
        norms.put("*", new PeerExplanation(behaviour.features(), rows, "全体"));
        byPeer.forEach((peer, members) -> {
            if (members.size() >= MIN_PEERS) {
                norms.put(peer, new PeerExplanation(behaviour.features(), members,
                        PeerExplanation.peersOf(behaviour.subjectType())));
            }
        });
        return norms;
    }

    /** The finding's score is the calibrated strength of its q-value; the text gives the raw score and its z too. */
    private Finding finding(FeatureRow row, double score, ScoreNull calibrated, int i,
                            Map<String, PeerExplanation> peerNorms, List<String> evidence) {
        PeerExplanation peers = peerNorms.getOrDefault(row.peerGroup(), peerNorms.get("*"));
        String text = "%s模型（孤立森林）异常分 %.2f；偏离同类程度超出本月尾部拟合（BH 校正 q=%.1e，阈值 q≤%s，分≥%.2f）：%s".formatted(
                behaviour.description(), score, calibrated.q()[i], falseDiscoveryRate, minScore,
                peers.topFeatures(row, 3));
        return new Finding(behaviour.subjectType(), row.subjectId(), id(), Certainty.SUSPECTED,
                calibrated.strength(i), row.paid(), evidence, evidence.size(), text);
    }
}
