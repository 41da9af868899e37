package org.fundclear.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Real 6-digit region codes: all of Yunnan's prefectures plus a few destinations in other provinces. */
final class Regions {

    record Province(String admdvs, String name) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("530000", "云南省"),
            new Province("510000", "四川省"),
            new Province("520000", "贵州省"),
            new Province("440000", "广东省"),
            new Province("330000", "浙江省"),
            new Province("450000", "广西壮族自治区"));

    static final List<Region> PREFECTURES = List.of(
            new Region("530100", "昆明市", "昆明市", 14, 40),
            new Region("530300", "曲靖市", "曲靖市", 9, 4),
            new Region("530400", "玉溪市", "玉溪市", 5, 4),
            new Region("530500", "保山市", "保山市", 5, 2),
            new Region("530600", "昭通市", "昭通市", 8, 2),
            new Region("530700", "丽江市", "丽江市", 3, 4),
            new Region("530800", "普洱市", "普洱市", 5, 3),
            new Region("530900", "临沧市", "临沧市", 6, 3),
            new Region("532300", "楚雄彝族自治州", "楚雄州", 5, 3),
            new Region("532500", "红河哈尼族彝族自治州", "红河州", 7, 4),
            new Region("532600", "文山壮族苗族自治州", "文山州", 5, 2),
            new Region("532800", "西双版纳傣族自治州", "西双版纳州", 2, 6),
            new Region("532900", "大理白族自治州", "大理州", 6, 6),
            new Region("533100", "德宏傣族景颇族自治州", "德宏州", 3, 2),
            new Region("533300", "怒江傈僳族自治州", "怒江州", 1, 1),
            new Region("533400", "迪庆藏族自治州", "迪庆州", 1, 1),
            new Region("510100", "成都市", "成都市", 4, 12),
            new Region("510700", "绵阳市", "绵阳市", 2, 2),
            new Region("520100", "贵阳市", "贵阳市", 3, 6),
            new Region("520300", "遵义市", "遵义市", 2, 2),
            new Region("440100", "广州市", "广州市", 2, 12),
            new Region("440300", "深圳市", "深圳市", 2, 12),
            new Region("440600", "佛山市", "佛山市", 1, 4),
            new Region("330100", "杭州市", "杭州市", 2, 8),
            new Region("330200", "宁波市", "宁波市", 1, 3),
            new Region("450100", "南宁市", "南宁市", 2, 5),
            new Region("450300", "桂林市", "桂林市", 1, 3));

    /** Percent of a region's insured treated inside their own province; Yunnan's insured stay closer to home. */
    private static final int YUNNAN_IN_PROVINCE_PCT = 65;
    private static final int OTHER_IN_PROVINCE_PCT = 35;

    private static final Weighted<Region> INSURED = Weighted.of(PREFECTURES, Region::insuredWeight);
    private static final Map<String, Weighted<Region>> IN_PROVINCE = new HashMap<>();
    private static final Map<String, Weighted<Region>> CROSS_PROVINCE = new HashMap<>();

    static {
        for (Region insured : PREFECTURES) {
            IN_PROVINCE.put(insured.admdvs(), Weighted.of(PREFECTURES.stream()
                    .filter(r -> r != insured && r.sameProvinceAs(insured)).toList(), Region::treatmentWeight));
            CROSS_PROVINCE.put(insured.admdvs(), Weighted.of(PREFECTURES.stream()
                    .filter(r -> !r.sameProvinceAs(insured)).toList(), Region::treatmentWeight));
        }
    }

    private Regions() {
    }

    static Region drawInsured(SplittableRandom rng) {
        return INSURED.draw(rng);
    }

    /** A treatment region that is never the insured region itself. */
    static Region drawTreatment(Region insured, SplittableRandom rng) {
        int inProvincePct = insured.admdvs().startsWith("53") ? YUNNAN_IN_PROVINCE_PCT : OTHER_IN_PROVINCE_PCT;
        Map<String, Weighted<Region>> choices = rng.nextInt(100) < inProvincePct ? IN_PROVINCE : CROSS_PROVINCE;
        return choices.get(insured.admdvs()).draw(rng);
    }
}
