package org.fundclear.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Hospitals, clinics and pharmacies of every treatment region; bigger regions get more of each. */
final class InstitutionPool {

    private static final List<String> HOSPITAL_NAMES = List.of("%s第一人民医院", "%s中医医院", "%s第二人民医院",
            "%s妇幼保健院", "%s第三人民医院", "%s骨科医院", "%s肿瘤医院", "%s第四人民医院", "%s口腔医院", "%s康复医院",
            "%s眼科医院", "%s第五人民医院");
    private static final List<String> STREETS = List.of("翠湖", "东风", "人民路", "金星", "新城", "滨江", "北郊", "南屏",
            "龙泉", "青年路");
    private static final List<String> PHARMACY_BRANDS = List.of("一心堂", "健之佳", "老百姓", "大参林", "益丰", "海王星辰");

    private final List<Institution> all = new ArrayList<>();
    private final Map<String, Map<InstitutionKind, List<Institution>>> byRegion = new HashMap<>();

    InstitutionPool() {
        for (Region region : Regions.PREFECTURES) {
            Map<InstitutionKind, List<Institution>> kinds = new EnumMap<>(InstitutionKind.class);
            int weight = region.treatmentWeight();
            int sequence = 0;
            kinds.put(InstitutionKind.HOSPITAL, new ArrayList<>());
            for (int j = 0; j < 3 + weight / 5; j++) {
                int level = j < 2 ? 3 : j < 5 ? 2 : 1;
                add(kinds, new Institution(code('H', region, j, ++sequence),
                        HOSPITAL_NAMES.get(j).formatted(region.shortName()), region, InstitutionKind.HOSPITAL, level,
                        4 + 2 * level));
            }
            kinds.put(InstitutionKind.CLINIC, new ArrayList<>());
            for (int j = 0; j < 2 + weight / 8; j++) {
                add(kinds, new Institution(code('H', region, j, ++sequence),
                        region.shortName() + STREETS.get(j) + "社区卫生服务中心", region, InstitutionKind.CLINIC, 1, 3));
            }
            kinds.put(InstitutionKind.PHARMACY, new ArrayList<>());
            for (int j = 0; j < 5 + weight / 2; j++) {
                String name = "%s大药房（%s%s店）".formatted(PHARMACY_BRANDS.get(j % PHARMACY_BRANDS.size()),
                        region.shortName(), STREETS.get(j / PHARMACY_BRANDS.size()));
                add(kinds, new Institution(code('P', region, j, ++sequence), name, region, InstitutionKind.PHARMACY,
                        null, 2));
            }
            byRegion.put(region.admdvs(), kinds);
        }
    }

    List<Institution> all() {
        return List.copyOf(all);
    }

    /** Skewed towards the first (largest) institutions of the region. */
    Institution draw(Region region, InstitutionKind kind, SplittableRandom rng) {
        List<Institution> candidates = byRegion.get(region.admdvs()).get(kind);
        return candidates.get(Math.min(rng.nextInt(candidates.size()), rng.nextInt(candidates.size())));
    }

    private void add(Map<InstitutionKind, List<Institution>> kinds, Institution institution) {
        kinds.get(institution.kind()).add(institution);
        all.add(institution);
    }

    /** National style: letter + county-level code (prefecture + 2 digits) + 5-digit sequence, e.g. H53090200001. */
    private static String code(char letter, Region region, int j, int sequence) {
        return letter + region.admdvs().substring(0, 4) + Formats.zeroPad(2 + j % 4, 2) + Formats.zeroPad(sequence, 5);
    }
}
