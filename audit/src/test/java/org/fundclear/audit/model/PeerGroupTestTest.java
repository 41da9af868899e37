package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeerGroupTestTest {
    private static final double WITHIN_SD = 0.6;

    @Test
    void aModerateExcessOverManyVisitsIsFlaggedWhereTheSameOverFewVisitsIsNot() {
        List<PeerGroupTest.Unit> units = peers(40, 0.0, new SplittableRandom(1));
        units.add(unit("many", 400, Math.log(1.45)));
        units.add(unit("few", 6, Math.log(1.45)));
        List<PeerGroupTest.Result> results = new PeerGroupTest(1.25, 5).test(units);
        assertThat(flagged(results)).containsExactly("many");
    }

    @Test
    void aSignificantButImmaterialExcessIsNotFlagged() {
        List<PeerGroupTest.Unit> units = peers(40, 0.0, new SplittableRandom(2));
        units.add(unit("big-and-a-bit-dear", 50_000, Math.log(1.10)));
        assertThat(flagged(new PeerGroupTest(1.25, 5).test(units))).isEmpty();
    }

    @Test
    void theBandWidensWithTheNaturalSpreadBetweenPeers() {
        // peers whose own cost levels spread by 0.25 in log: 1.45 times the median is within two spreads of it
        List<PeerGroupTest.Unit> units = peers(60, 0.25, new SplittableRandom(3));
        units.add(unit("dear", 400, Math.log(1.45)));
        units.add(unit("very-dear", 400, Math.log(2.5)));
        assertThat(flagged(new PeerGroupTest(1.25, 5).test(units))).containsExactly("very-dear");
    }

    @Test
    void subjectsBelowTheMinimumInformTheNormButAreNotTested() {
        List<PeerGroupTest.Unit> units = peers(10, 0.0, new SplittableRandom(4));
        units.add(unit("two-visits", 2, Math.log(5)));
        List<PeerGroupTest.Result> results = new PeerGroupTest(1.25, 5).test(units);
        assertThat(results).hasSize(10).noneMatch(r -> r.unit().subjectId().equals("two-visits"));
    }

    /** Peers of 100–300 visits whose own levels spread by {@code between} in log around 0. */
    private static List<PeerGroupTest.Unit> peers(int count, double between, SplittableRandom rng) {
        List<PeerGroupTest.Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int visits = 100 + rng.nextInt(200);
            double level = between * rng.nextGaussian();
            units.add(unit("peer" + i, visits, level + WITHIN_SD / Math.sqrt(visits) * rng.nextGaussian()));
        }
        return units;
    }

    private static PeerGroupTest.Unit unit(String id, long visits, double meanLog) {
        return new PeerGroupTest.Unit(id, "HOSPITAL/2/11", visits, Math.log(230) + meanLog, WITHIN_SD);
    }

    private static List<String> flagged(List<PeerGroupTest.Result> results) {
        return results.stream().filter(r -> r.flagged(0.01)).map(r -> r.unit().subjectId()).toList();
    }
}
