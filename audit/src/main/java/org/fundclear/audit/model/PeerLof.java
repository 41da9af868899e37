package org.fundclear.audit.model;

import java.io.Serial;
import weka.classifiers.misc.LOF;
import weka.core.Instance;

/**
 * Weka's LOF classifier (package localOutlierFactor 1.0.4) that also gives the raw local outlier factor.
 * {@code distributionForInstance} only gives the factor rescaled to [0, 1] over the training data, and in this
 * version in element 0 (element 1 is one minus it; later versions swap them): a fixed threshold such as "LOF ≥ 2"
 * needs the factor itself. It is read the same way the classifier reads it, from the filter's appended attribute.
 * The filter skips neighbours at distance 0, so a training row scored again gets the factor of the batch.
 */
public final class PeerLof extends LOF {
    @Serial
    private static final long serialVersionUID = 1L;

    public PeerLof(int minPoints, int maxPoints) {
        setMinPointsLowerBound(Integer.toString(minPoints));
        setMinPointsUpperBound(Integer.toString(maxPoints));
    }

    /** The largest local outlier factor over k in [minPoints, maxPoints]; about 1 inside a cluster. */
    public double factor(Instance instance) {
        if (m_lof == null) {
            throw new IllegalStateException("LOF not built");
        }
        m_lof.input(instance);
        Instance scored = m_lof.output();
        return scored.value(scored.numAttributes() - 1);
    }
}
