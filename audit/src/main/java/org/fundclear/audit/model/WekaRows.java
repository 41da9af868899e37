package org.fundclear.audit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Feature rows as Weka data: one numeric attribute per feature plus the dummy class {normal, anomaly} that Weka's
 * outlier classifiers (IsolationForest, LOF) require; every row is given class 0.
 */
final class WekaRows {
    private WekaRows() {
    }

    static Instances header(String relation, List<Feature> features, int capacity) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        features.forEach(f -> attributes.add(new Attribute(f.name())));
        attributes.add(new Attribute("class", List.of("normal", "anomaly")));
        Instances header = new Instances(relation, attributes, capacity);
        header.setClassIndex(attributes.size() - 1);
        return header;
    }

    static DenseInstance instance(FeatureRow row, Instances header) {
        DenseInstance instance = new DenseInstance(1.0, Arrays.copyOf(row.features(), row.features().length + 1));
        instance.setDataset(header);
        return instance;
    }
}
