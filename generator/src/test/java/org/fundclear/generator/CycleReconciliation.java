package org.fundclear.generator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent, test-side reading of spec/README.md's reconciliation over consecutive cycles: a row belongs to
 * the cycle that loads it, and each cycle reconciles every setl_id not yet MATCHED.
 */
final class CycleReconciliation {

    static final List<String> COMPARED_AMOUNTS = List.of("medfee_sumamt", "fund_pay_sumamt", "acct_pay");

    /** The first cycle a setl_id was seen in, and its status there. */
    record FirstSeen(YearMonth cycle, String status) {
    }

    private final Map<String, TestCsv.Row> settlements = new HashMap<>();
    private final Map<String, TestCsv.Row> ledger = new HashMap<>();
    private final Set<String> matched = new HashSet<>();
    private final Map<String, YearMonth> firstMatched = new HashMap<>();
    private final Map<String, FirstSeen> firstSeen = new HashMap<>();

    void cycle(YearMonth cycle, TestCsv.Table settlementFile, TestCsv.Table ledgerFile) {
        settlementFile.rows().forEach(r -> settlements.put(r.get("setl_id"), r));
        ledgerFile.rows().forEach(r -> ledger.put(r.get("setl_id"), r));
        Set<String> open = new TreeSet<>(settlements.keySet());
        open.addAll(ledger.keySet());
        open.removeAll(matched);
        for (String id : open) {
            String status = status(settlements.get(id), ledger.get(id));
            firstSeen.putIfAbsent(id, new FirstSeen(cycle, status));
            if (status.equals("MATCHED")) {
                matched.add(id);
                firstMatched.put(id, cycle);
            }
        }
    }

    /** @return null if never matched */
    YearMonth firstMatched(String setlId) {
        return firstMatched.get(setlId);
    }

    Map<String, FirstSeen> firstSeen() {
        return firstSeen;
    }

    static boolean sameAmounts(TestCsv.Row settlement, TestCsv.Row ledgerRow) {
        return COMPARED_AMOUNTS.stream().allMatch(c -> new BigDecimal(settlement.get(c))
                .compareTo(new BigDecimal(ledgerRow.get(c))) == 0)
                && settlement.get("refd_setl_flag").equals(ledgerRow.get("refd_setl_flag"));
    }

    private static String status(TestCsv.Row settlement, TestCsv.Row ledgerRow) {
        if (settlement == null) {
            return "MISSING_IN_SETTLEMENTS";
        }
        if (ledgerRow == null) {
            return "MISSING_IN_LEDGER";
        }
        return sameAmounts(settlement, ledgerRow) ? "MATCHED" : "AMOUNT_MISMATCH";
    }
}
