package org.fundclear.reports.codes;

import java.util.Map;

/** Names of the insutype codes (险种) of DOMAIN.md §2.3, for documents; an unknown code has no name. */
public final class InsutypeNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("310", "职工基本医疗保险"), Map.entry("320", "公务员医疗补助"), Map.entry("330", "大额医疗费用补助"),
            Map.entry("340", "离休人员医疗保障"), Map.entry("350", "一至六级残废军人医疗补助"), Map.entry("360", "老红军医疗保障"),
            Map.entry("370", "企业补充医疗保险"), Map.entry("380", "新型农村合作医疗"), Map.entry("390", "城乡居民基本医疗保险"),
            Map.entry("391", "城镇居民基本医疗保险"), Map.entry("392", "城乡居民大病医疗保险"), Map.entry("399", "其他特殊人员医疗保障"),
            Map.entry("410", "长期照护保险"), Map.entry("510", "生育保险"));

    private InsutypeNames() {
    }

    /** The code's name, or "" when it is not in the table. */
    public static String of(String insutype) {
        return NAMES.getOrDefault(insutype, "");
    }
}
