package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * How Weka's LOF classifier (localOutlierFactor 1.0.4) reports its score, on a cluster of 40 points and one far
 * away: which element of distributionForInstance rises for the outlier, and that our raw factor is the filter's.
 */
class PeerLofTest {

    @Test
    void anObviousOutlierGetsTheHigherScoreInElementZeroAndAFactorWellAboveOne() throws Exception {
        Instances data = cluster();
        int outlier = data.numInstances() - 1;
        PeerLof lof = new PeerLof(10, 20);
        lof.buildClassifier(data);

        double[] far = lof.distributionForInstance(data.get(outlier));
        double[] near = lof.distributionForInstance(data.get(0));
        assertThat(far[0]).as("1.0.4 puts the outlier score first").isGreaterThan(0.9).isGreaterThan(near[0]);
        assertThat(far[1]).as("and one minus it second").isCloseTo(1 - far[0], within(1e-12)).isLessThan(near[1]);

        double max = 0;
        double typical = 0;
        for (int i = 0; i < outlier; i++) {
            max = Math.max(max, lof.factor(data.get(i)));
            typical += lof.factor(data.get(i)) / outlier;
        }
        assertThat(typical).as("inside the cluster LOF is about 1").isBetween(0.8, 1.3);
        assertThat(lof.factor(data.get(outlier))).isGreaterThan(5).isGreaterThan(2 * max);
    }

    @Test
    void aTrainingRowScoredAgainGetsTheFactorOfTheBatch() throws Exception {
        Instances data = cluster();
        weka.filters.unsupervised.attribute.LOF filter = new weka.filters.unsupervised.attribute.LOF();
        filter.setMinPointsLowerBound("10");
        filter.setMinPointsUpperBound("20");
        filter.setInputFormat(data);
        Instances batch = Filter.useFilter(data, filter);
        PeerLof lof = new PeerLof(10, 20);
        lof.buildClassifier(data);
        for (int i = 0; i < data.numInstances(); i++) {
            assertThat(lof.factor(data.get(i))).as("row " + i)
                    .isCloseTo(batch.get(i).value(batch.numAttributes() - 1), within(1e-9));
        }
    }

    /** 40 points around (1, 1) and one at (9, 9), with the dummy {normal, anomaly} class the detectors use. */
    private static Instances cluster() {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("x"));
        attributes.add(new Attribute("y"));
        attributes.add(new Attribute("class", List.of("normal", "anomaly")));
        Instances data = new Instances("cluster", attributes, 41);
        data.setClassIndex(2);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 40; i++) {
            double x = 1 + rng.nextGaussian() * 0.3;
            double y = 1 + rng.nextGaussian() * 0.3;
            data.add(new DenseInstance(1.0, new double[] {x, y, 0}));
        }
        data.add(new DenseInstance(1.0, new double[] {9, 9, 0}));
        return data;
    }
}
