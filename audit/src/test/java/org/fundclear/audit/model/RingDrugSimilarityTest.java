package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingDrugSimilarityTest {

    @Test
    void meanJaccardOverThePairsWithAnyDrug() {
        Map<String, Set<String>> drugs = Map.of("A", Set.of("x", "y"), "B", Set.of("x"), "D", Set.of("z"));
        // A–B 1/2, A–C 0 (C has none), B–C 0; a pair of two members without drugs would not count
        assertThat(CoVisitRingDetector.drugSimilarity(Set.of("A", "B", "C"), drugs)).isCloseTo(0.5 / 3, within(1e-9));
        assertThat(CoVisitRingDetector.drugSimilarity(Set.of("A", "B"), drugs)).isCloseTo(0.5, within(1e-9));
        assertThat(CoVisitRingDetector.drugSimilarity(Set.of("C", "E"), drugs)).isZero();
        assertThat(CoVisitRingDetector.drugSimilarity(Set.of("B", "D"), drugs)).isZero();
    }
}
