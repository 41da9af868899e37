package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.fundclear.audit.finding.SubjectType;

/**
 * Names the features on which a subject stands furthest above its peers, by robust z (median/MAD), in words and
 * figures an inspector can check: "药品费用占比 0.93，同类机构中位 0.41（z=4.2）".
 */
final class PeerExplanation {
    private final List<Feature> features;
    private final RobustZ[] norms;
    private final String peers;

    /** Norms of each feature over the peer group's rows; {@code peers} names the group in the text. */
    PeerExplanation(List<Feature> features, List<FeatureRow> group, String peers) {
        this.features = features;
        this.norms = new RobustZ[features.size()];
        for (int f = 0; f < norms.length; f++) {
            final int index = f;
            norms[f] = RobustZ.of(group.stream().mapToDouble(r -> r.features()[index]).toArray());
        }
        this.peers = peers;
    }

    /** How explanations name a subject's peers. */
    static String peersOf(SubjectType type) {
        return switch (type) {
            case PERSON -> "同类人群";
            case DOCTOR -> "同类医师";
            case INSTITUTION -> "同类机构";
        };
    }

    /** The subject's largest robust z over the features: how far it stands above its peers where it stands out most. */
    double maxZ(FeatureRow row) {
        double max = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < norms.length; f++) {
            max = Math.max(max, norms[f].z(row.features()[f]));
        }
        return max;
    }

    /** The {@code top} features with the highest z, joined with "；". */
    String topFeatures(FeatureRow row, int top) {
        Integer[] order = new Integer[features.size()];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer f) -> -norms[f].z(row.features()[f])));
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < Math.min(top, order.length); k++) {
            int f = order[k];
            Feature feature = features.get(f);
            parts.add("%s %s%s，%s中位 %s%s（z=%.1f）".formatted(feature.label(),
                    figure(feature.toRaw().applyAsDouble(row.features()[f])), feature.unit(), peers,
                    figure(feature.toRaw().applyAsDouble(norms[f].median())), feature.unit(),
                    norms[f].z(row.features()[f])));
        }
        return String.join("；", parts);
    }

    private static String figure(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value))
                : String.format("%.2f", value);
    }
}
