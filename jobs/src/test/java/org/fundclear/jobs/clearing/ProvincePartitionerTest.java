package org.fundclear.jobs.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fundclear.clearing.cycle.InsuredRegions;
import org.junit.jupiter.api.Test;

class ProvincePartitionerTest {
    private static final Map<String, Long> REGIONS = Map.of("530100", 40L, "530300", 30L, "532900", 10L,
            "510100", 8L, "510700", 2L, "440100", 6L, "330100", 4L);

    @Test
    void aHeavyProvinceIsSplitIntoItsRegionsNeverBelow() {
        assertThat(ProvincePartitioner.units(REGIONS, 4)).isEqualTo(Map.of("530100", 40L, "530300", 30L, "532900", 10L,
                "51", 10L, "44", 6L, "33", 4L));
        assertThat(ProvincePartitioner.units(REGIONS, 1)).isEqualTo(Map.of("53", 80L, "51", 10L, "44", 6L, "33", 4L));
    }

    @Test
    void unitsArePackedLargestFirstOntoTheLightest() {
        var packed = ProvincePartitioner.pack(ProvincePartitioner.units(REGIONS, 4), 4);
        assertThat(packed).containsExactly(List.of("33", "532900"), List.of("44", "51"), List.of("530100"),
                List.of("530300"));
        assertThat(packed.stream().flatMap(List::stream)).hasSize(6).doesNotHaveDuplicates();
        assertThat(ProvincePartitioner.pack(Map.of("11", 5L, "12", 3L), 16)).containsExactly(List.of("11"), List.of("12"));
    }

    @Test
    void namesSayTheScopeAndStayShort() {
        assertThat(ProvincePartitioner.name(InsuredRegions.only(List.of("44", "530100")))).isEqualTo("p44-530100");
        String longName = ProvincePartitioner.name(InsuredRegions.only(List.of("530100", "530300", "530400", "530500",
                "530600", "530700", "530800")));
        assertThat(longName).startsWith("p530100-and-6-").hasSizeLessThan(40);
        for (String text : List.of("all", "in:44,530100", "not-in:33,44,51,530100")) {
            assertThat(InsuredRegions.parse(text).toString()).isEqualTo(text);
        }
    }
}
