package org.fundclear.audit.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A ridge logistic regression (Weka) of "the inspectors confirmed it" on the features of decided cases. Its
 * probability re-ranks the next months' queues; each feature's contribution (coefficient × value) says what moved
 * a case up or down.
 */
public final class VerdictModel {
    /** Fewer decided cases than this, or fewer than {@link #MIN_PER_CLASS} of either verdict: no model. */
    public static final int MIN_CASES = 20;
    public static final int MIN_PER_CLASS = 3;

    private final List<String> vocabulary;
    private final List<String> names;
    private final Instances header;
    private final Logistic logistic;
    private final int trainedOn;

    private VerdictModel(List<String> vocabulary, Instances header, Logistic logistic, int trainedOn) {
        this.vocabulary = List.copyOf(vocabulary);
        List<String> all = new ArrayList<>(vocabulary);
        all.addAll(CaseFeatures.NAMES);
        this.names = List.copyOf(all);
        this.header = header;
        this.logistic = logistic;
        this.trainedOn = trainedOn;
    }

    /** A decided case: its features and whether it was confirmed. */
    public record Labelled(CaseFeatures features, boolean confirmed) {
    }

    /** Trains on decided cases; empty when there are too few, or only one kind of verdict. */
    public static java.util.Optional<VerdictModel> train(List<Labelled> decided) {
        long confirmed = decided.stream().filter(Labelled::confirmed).count();
        if (decided.size() < MIN_CASES || confirmed < MIN_PER_CLASS || decided.size() - confirmed < MIN_PER_CLASS) {
            return java.util.Optional.empty();
        }
        // a rule seen in fewer than two decided cases says nothing yet: left out rather than fitted to one case
        List<String> vocabulary = decided.stream().flatMap(l -> l.features().ruleIds().stream()).distinct().sorted()
                .filter(r -> decided.stream().filter(l -> l.features().ruleIds().contains(r)).count() >= 2).toList();
        ArrayList<Attribute> attributes = new ArrayList<>();
        vocabulary.forEach(r -> attributes.add(new Attribute("rule_" + r)));
        CaseFeatures.NAMES.forEach(n -> attributes.add(new Attribute(n)));
        attributes.add(new Attribute("verdict", List.of("DISMISSED", "CONFIRMED")));
        Instances data = new Instances("verdicts", attributes, decided.size());
        data.setClassIndex(attributes.size() - 1);
        for (Labelled l : decided) {
            data.add(instance(data, l.features().vector(vocabulary), l.confirmed() ? 1 : 0));
        }
        Logistic logistic = new Logistic();
        logistic.setRidge(1.0);
        try {
            logistic.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not fit the verdict model on " + decided.size() + " cases", e);
        }
        return java.util.Optional.of(new VerdictModel(vocabulary, new Instances(data, 0), logistic, decided.size()));
    }

    public int trainedOn() {
        return trainedOn;
    }

    /** P(confirmed) for a case. */
    public double probability(CaseFeatures features) {
        try {
            return logistic.distributionForInstance(instance(header, features.vector(vocabulary), Double.NaN))[1];
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not score a case", e);
        }
    }

    /** The features that moved the case most, strongest first, e.g. {@code M-RING +1.20, signals -0.40}. */
    public String explain(CaseFeatures features, int top) {
        double[] x = features.vector(vocabulary);
        double[][] coefficients = logistic.coefficients(); // [0] is the intercept; class 0 (DISMISSED) is the reference
        List<double[]> contributions = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double c = -coefficients[i + 1][0] * x[i]; // Weka's coefficients speak for the first class: flip the sign
            if (c != 0) {
                contributions.add(new double[] {i, c});
            }
        }
        contributions.sort(Comparator.comparingDouble((double[] c) -> -Math.abs(c[1])));
        List<String> parts = new ArrayList<>();
        for (double[] c : contributions.subList(0, Math.min(top, contributions.size()))) {
            String name = names.get((int) c[0]);
            parts.add(String.format(java.util.Locale.ROOT, "%s %+.2f", name, c[1]));
        }
        return String.join(", ", parts);
    }

    private static Instance instance(Instances dataset, double[] x, double label) {
        double[] values = java.util.Arrays.copyOf(x, x.length + 1);
        values[x.length] = label;
        Instance instance = new DenseInstance(1.0, values);
        instance.setDataset(dataset);
        return instance;
    }
}
