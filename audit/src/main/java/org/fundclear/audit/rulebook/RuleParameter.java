package org.fundclear.audit.rulebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fundclear.audit.rules.InstitutionCostPerVisitRule;

/**
 * One parameter of the rule book: a threshold of a rule ({@link EntryKind#NONE}, stored under entry key "-") or a
 * list whose entries are keyed by catalogue item ({@link EntryKind#ITEM}) or by a pair of items "A>B"
 * ({@link EntryKind#ITEM_PAIR}). {@link #check} says in words why a value cannot be stored.
 */
public record RuleParameter(String ruleId, String name, String label, ValueKind kind, EntryKind entries) {

    /** The entry key of a scalar threshold. */
    public static final String SCALAR = "-";

    public enum ValueKind {
        /** A count of days, visits, hours…: a whole number of at least 1. */
        WHOLE,
        /** A ratio, z or amount: a positive decimal. */
        POSITIVE,
        /** A percentile: above 0, at most 100. */
        PERCENTILE,
        /** A list entry that is there or not (mutually exclusive pairs): always "1". */
        PRESENT,
        /** R23's peer group: dimensions of {@link InstitutionCostPerVisitRule#PEER_DIMENSIONS} joined by "+". */
        PEER_DIMENSIONS
    }

    public enum EntryKind { NONE, ITEM, ITEM_PAIR }

    /** Every parameter the rules read, in rule order: version 1 of V81 seeds each with the rules' former defaults. */
    public static final List<RuleParameter> ALL = List.of(
            new RuleParameter("R01", "min_institutions", "同日机构数下限（家）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R02", "max_visits", "月门诊次数上限（次，超过即疑点）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R03", "max_hours", "同机构再次结算最短间隔（小时）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R06", "general_days", "普通门诊带量上限（天）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R06", "emergency_days", "急诊带量上限（天）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R06", "long_days", "长处方/药店带量上限（天）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R07", "window_days", "持药量回看窗口（天）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R07", "max_ratio", "持药量/天数上限（倍）", ValueKind.POSITIVE, EntryKind.NONE),
            new RuleParameter("R13", "exclusive_pair", "互斥项目对（A>B：B 不得与 A 同日同机构收费）", ValueKind.PRESENT,
                    EntryKind.ITEM_PAIR),
            new RuleParameter("R14", "daily_limit", "项目每日限次（次）", ValueKind.WHOLE, EntryKind.ITEM),
            new RuleParameter("R15", "min_gap_days", "项目两次计费最短间隔（天）", ValueKind.WHOLE, EntryKind.ITEM),
            new RuleParameter("R17", "min_settlements", "同日同机构结算笔数下限（笔）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R20", "percentile", "同类购药人群百分位（P）", ValueKind.PERCENTILE, EntryKind.NONE),
            new RuleParameter("R20", "min_purchases", "月购药次数下限（次）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R22", "min_institutions", "短时多机构刷卡机构数下限（家）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R22", "within_minutes", "短时窗口（分钟）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R23", "min_z", "次均费用 z 下限", ValueKind.POSITIVE, EntryKind.NONE),
            new RuleParameter("R23", "min_ratio", "次均费用/同类典型值下限（倍）", ValueKind.POSITIVE, EntryKind.NONE),
            new RuleParameter("R23", "min_visits", "受检机构人次下限", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R23", "min_peers", "同类机构数下限（家）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R23", "peer_by", "同类机构分组（kind、hosp_lv、province、region 以 + 连接；另按就医类型）",
                    ValueKind.PEER_DIMENSIONS, EntryKind.NONE),
            new RuleParameter("R26", "min_visits", "月跨省门诊次数下限（次）", ValueKind.WHOLE, EntryKind.NONE),
            new RuleParameter("R26", "min_amount", "月跨省医保支付下限（元）", ValueKind.POSITIVE, EntryKind.NONE));

    public static Optional<RuleParameter> find(String ruleId, String name) {
        return ALL.stream().filter(p -> p.ruleId().equals(ruleId) && p.name().equals(name)).findFirst();
    }

    public boolean isList() {
        return entries != EntryKind.NONE;
    }

    /** Empty if {@code value} may be stored, else why not (in the ADMIN's words). */
    public Optional<String> check(String value) {
        if (kind == ValueKind.PEER_DIMENSIONS) {
            List<String> dims = value == null ? List.of() : List.of(value.trim().split("\\s*\\+\\s*"));
            return dims.isEmpty() || !InstitutionCostPerVisitRule.PEER_DIMENSIONS.containsAll(dims)
                    ? Optional.of(label + "：须为 " + String.join("、", InstitutionCostPerVisitRule.PEER_DIMENSIONS)
                    + " 中的一项或多项（以 + 连接），不能是 " + value) : Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.of(label + "：「" + value + "」不是数字");
        }
        return switch (kind) {
            case WHOLE -> number.stripTrailingZeros().scale() > 0 || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100_000)) > 0
                    ? Optional.of(label + "：须为 1 至 100000 的整数，不能是 " + value) : Optional.empty();
            case POSITIVE -> number.signum() <= 0 || number.scale() > 4
                    ? Optional.of(label + "：须为正数（至多 4 位小数），不能是 " + value) : Optional.empty();
            case PERCENTILE -> number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Optional.of(label + "：须大于 0 且不超过 100，不能是 " + value) : Optional.empty();
            case PRESENT -> number.compareTo(BigDecimal.ONE) != 0
                    ? Optional.of(label + "：清单项的值为 1") : Optional.empty();
            case PEER_DIMENSIONS -> throw new IllegalStateException("checked above");
        };
    }

    /** The stored form of a valid value: WHOLE without decimals, others as given (trimmed, no trailing zeros). */
    public String normalise(String value) {
        if (kind == ValueKind.PEER_DIMENSIONS) {
            List<String> dims = List.of(value.trim().split("\\s*\\+\\s*"));
            return String.join("+", InstitutionCostPerVisitRule.PEER_DIMENSIONS.stream().filter(dims::contains).toList());
        }
        BigDecimal number = new BigDecimal(value.trim());
        return kind == ValueKind.WHOLE ? number.toBigIntegerExact().toString() : number.toPlainString();
    }
}
