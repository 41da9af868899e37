package org.fundclear.reports.codes;

import java.util.Map;

/**
 * Names of the med_type codes (医疗类别) of DOMAIN.md §2.3 for documents: the national two-digit codes and the
 * local sub-codes it lists; another local sub-code is named after its two-digit base.
 */
public final class MedTypeNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("11", "普通门诊"), Map.entry("12", "门诊挂号"), Map.entry("13", "急诊"), Map.entry("14", "门诊慢特病"),
            Map.entry("15", "特药"), Map.entry("16", "中医特色门诊"), Map.entry("21", "普通住院"), Map.entry("22", "外伤住院"),
            Map.entry("23", "转外诊治住院"), Map.entry("24", "急诊转住院"), Map.entry("25", "异地住院"),
            Map.entry("26", "单病种住院"), Map.entry("27", "自主就医"), Map.entry("28", "日间手术"),
            Map.entry("29", "起付线治疗"), Map.entry("41", "定点药店购药"), Map.entry("51", "生育门诊"),
            Map.entry("52", "生育住院"), Map.entry("61", "照护保险"), Map.entry("140104", "门诊慢病"),
            Map.entry("140201", "门诊特病"), Map.entry("5212", "生育新生儿"), Map.entry("9107", "体检"),
            Map.entry("9901", "门诊两病"), Map.entry("9929", "药店慢特病药"));

    private MedTypeNames() {
    }

    /** The code's name, or "" when neither it nor its base is known. */
    public static String of(String medType) {
        String name = NAMES.get(medType);
        if (name == null && medType.length() > 2) {
            name = NAMES.get(medType.substring(0, 2));
        }
        return name == null ? "" : name;
    }
}
