package org.fundclear.audit.casework;

import java.util.List;
import java.util.Optional;

/**
 * The reason catalogue shared by rules, models and people: why a case was dismissed (N…, spec verdicts CSV) or
 * which violation was confirmed (V…). Rules and models name the violation they suspect with the same V codes.
 */
public enum ReasonCode {
    N01(false, "诊疗合理", "medically justified"),
    N02(false, "数据错误", "data error at source"),
    N03(false, "规则不适用", "the rule does not apply to this case"),
    N04(false, "证据不足", "insufficient evidence"),
    N05(false, "重复案件", "duplicate of another case"),
    V01(true, "重复收费/分解收费", "duplicate or split charging"),
    V02(true, "超标准收费", "charging above the price standard"),
    V03(true, "串换项目", "substituted items"),
    V04(true, "超量开药/囤药", "excess prescribing or hoarding"),
    V05(true, "冒名就医/盗刷", "impersonation or card misuse"),
    V06(true, "虚假就医/诱导就医", "fictitious or induced visits"),
    V07(true, "限制性用药违规", "restricted item outside its limits"),
    V08(true, "过度诊疗", "excessive treatment"),
    V09(true, "其他违规", "other violation");

    private final boolean violation;
    private final String label;
    private final String description;

    ReasonCode(boolean violation, String label, String description) {
        this.violation = violation;
        this.label = label;
        this.description = description;
    }

    public boolean violation() {
        return violation;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<ReasonCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ReasonCode r : values()) {
            if (r.name().equals(code.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static List<ReasonCode> dismissals() {
        return List.of(values()).stream().filter(r -> !r.violation).toList();
    }

    public static List<ReasonCode> violations() {
        return List.of(values()).stream().filter(r -> r.violation).toList();
    }
}
