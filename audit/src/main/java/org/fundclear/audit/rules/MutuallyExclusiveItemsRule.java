package org.fundclear.audit.rules;

import org.fundclear.audit.AuditScope;

import java.util.List;
import java.util.stream.Collectors;
import org.fundclear.audit.finding.Certainty;

/**
 * R13 重复收费/互斥项目: item B billed for a person at the same institution on the same day as item A, where the
 * knowledge base says B is included in A (or they exclude each other). B is the violation and its amount.
 */
public final class MutuallyExclusiveItemsRule extends SqlRule {

    /** Item A and the item B that may not be billed beside it. */
    public record ExclusivePair(String codeA, String codeB) {
        public ExclusivePair {
            if (!codeA.matches("[A-Za-z0-9]+") || !codeB.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("catalogue codes are alphanumeric: " + codeA + ", " + codeB);
            }
        }
    }

    /** 急诊诊查费 includes the general consultation; a visit is either emergency or general outpatient. */
    public static final List<ExclusivePair> DEFAULT_PAIRS = List.of(
            new ExclusivePair("001102000020000", "001101000010000"));

    private final List<ExclusivePair> pairs;

    public MutuallyExclusiveItemsRule(List<ExclusivePair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public MutuallyExclusiveItemsRule() {
        this(DEFAULT_PAIRS);
    }

    @Override public String id() { return "R13"; }
    @Override public String reason() { return "重复收费/互斥项目"; }
    @Override public DataLevel level() { return DataLevel.D; }
    @Override public Certainty certainty() { return Certainty.DEFINITE; }

    @Override
    public String thresholds() {
        return pairs.stream().map(p -> p.codeA() + ">" + p.codeB()).collect(Collectors.joining("|"));
    }

    @Override
    String sql() {
        String pairTable = pairs.stream()
                .map(p -> "SELECT CAST('" + p.codeA() + "' AS VARCHAR(50)) AS code_a, CAST('" + p.codeB()
                        + "' AS VARCHAR(50)) AS code_b")
                .collect(Collectors.joining(" UNION ALL "));
        return "WITH pairs AS (" + pairTable + ")"
                + " SELECT s.psn_no, s.setl_id, fb.det_item_fee_sumamt, 1, s.fixmedins_code, fb.hilist_name"
                + " FROM pairs JOIN fee_line fb ON fb.hilist_code = pairs.code_b"
                + " JOIN audit_visit s ON s.cycle_month = fb.cycle_month AND s.setl_id = fb.setl_id"
                + " WHERE fb.cycle_month = ? AND s.cycle_month = ? AND EXISTS (SELECT 1 FROM audit_visit sa"
                + " JOIN fee_line fa ON fa.setl_id = sa.setl_id AND fa.hilist_code = pairs.code_a"
                + " WHERE sa.psn_no = s.psn_no AND sa.fixmedins_code = s.fixmedins_code"
                + " AND sa.setl_day = s.setl_day AND sa.cycle_month = s.cycle_month)"
                + " ORDER BY s.psn_no, s.setl_id, fb.line_no";
    }

    @Override
    Object[] binds(AuditScope scope) {
        return new Object[] {scope.month().toString(), scope.month().toString()};
    }

    @Override
    String explain(Evidence.Subject s) {
        return "重复收费/互斥项目：同日同机构已收取互斥项目，又收取 %s，%d 笔结算，金额 %s 元"
                .formatted(s.detailList(), s.setlIds.size(), s.amount().toPlainString());
    }
}
