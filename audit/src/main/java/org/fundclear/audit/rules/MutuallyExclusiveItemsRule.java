package org.fundclear.audit.rules;

import org.fundclear.audit.scope.AuditScope;

import java.util.List;
import java.util.function.Function;
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
        // The B lines billed beside an A line come from one hashed IN over the few A lines, each naming its B.
        return "SELECT f.psn_no, f.setl_id, f.det_item_fee_sumamt, 1, f.fixmedins_code, n.hilist_name"
                + " FROM audit_item f" + AuditSql.ITEM_NAME + " WHERE f.cycle_month = ? AND f.hilist_code IN ("
                + codes(ExclusivePair::codeB) + ") AND (f.psn_no, f.fixmedins_code, f.setl_day, f.hilist_code) IN"
                + " (SELECT a.psn_no, a.fixmedins_code, a.setl_day, p.code_b FROM audit_item a JOIN (" + pairTable
                + ") p ON p.code_a = a.hilist_code WHERE a.cycle_month = ? AND a.hilist_code IN ("
                + codes(ExclusivePair::codeA) + ")) ORDER BY f.psn_no, f.setl_id, f.line_no";
    }

    private String codes(Function<ExclusivePair, String> side) {
        return pairs.stream().map(side).distinct().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
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
