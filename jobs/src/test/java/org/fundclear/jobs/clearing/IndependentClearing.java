package org.fundclear.jobs.clearing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A second, deliberately naive computation of reconciliation and clearing lines straight from the
 * raw CSV files (no product code): the tests compare the product's results with it to the fen.
 */
public final class IndependentClearing {
    static final List<String> AMOUNTS = List.of("medfee_sumamt", "fund_pay_sumamt", "hifp_pay", "hifmi_pay",
            "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "acct_pay", "psn_cash_pay");

    record Side(String month, Map<String, String> fields) {
    }

    private final Map<String, Side> settlements = new HashMap<>();
    private final Map<String, Side> ledger = new HashMap<>();
    private final Map<String, String> matchedIn = new HashMap<>();
    private final Map<String, Map<String, String>> statusByCycle = new TreeMap<>();
    private Set<String> held = new LinkedHashSet<>();

    public void load(String cycle, Path settlementsFile, Path ledgerFile) {
        read(settlementsFile).forEach(r -> settlements.putIfAbsent(r.get("setl_id"), new Side(cycle, r)));
        read(ledgerFile).forEach(r -> ledger.putIfAbsent(r.get("setl_id"), new Side(cycle, r)));
    }

    /** Reconciles {@code cycle}: returns setl_id → status; remembers what stays held. */
    public Map<String, String> reconcile(String cycle) {
        Set<String> universe = new LinkedHashSet<>(held);
        settlements.forEach((id, s) -> { if (s.month().equals(cycle)) universe.add(id); });
        ledger.forEach((id, l) -> { if (l.month().equals(cycle)) universe.add(id); });
        Map<String, String> status = new TreeMap<>();
        Set<String> stillHeld = new LinkedHashSet<>();
        for (String id : universe) {
            Side s = visible(settlements.get(id), cycle);
            Side l = visible(ledger.get(id), cycle);
            String st = s == null ? "MISSING_IN_SETTLEMENTS" : l == null ? "MISSING_IN_LEDGER"
                    : agree(s, l) ? "MATCHED" : "AMOUNT_MISMATCH";
            status.put(id, st);
            if (st.equals("MATCHED")) {
                matchedIn.put(id, cycle);
            } else {
                stillHeld.add(id);
            }
        }
        held = stillHeld;
        statusByCycle.put(cycle, status);
        return status;
    }

    /** (insu, mdtrtarea, insutype, med_type) → setl_cnt then the amounts, for settlements matched in {@code cycle}. */
    Map<List<String>, List<BigDecimal>> lines(String cycle) {
        Map<List<String>, List<BigDecimal>> lines = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        matchedIn.forEach((id, c) -> {
            if (!c.equals(cycle)) {
                return;
            }
            Map<String, String> f = settlements.get(id).fields();
            List<String> key = List.of(f.get("insu_admdvs"), f.get("mdtrtarea_admdvs"), f.get("insutype"), f.get("med_type"));
            List<BigDecimal> sums = lines.computeIfAbsent(key, k -> new ArrayList<>(java.util.Collections.nCopies(
                    AMOUNTS.size() + 1, BigDecimal.ZERO)));
            sums.set(0, sums.get(0).add(BigDecimal.valueOf("1".equals(f.get("refd_setl_flag")) ? -1 : 1)));
            for (int i = 0; i < AMOUNTS.size(); i++) {
                sums.set(i + 1, sums.get(i + 1).add(amount(f.get(AMOUNTS.get(i)))));
            }
        });
        return lines;
    }

    public String matchedIn(String setlId) {
        return matchedIn.get(setlId);
    }

    /** The settlement-side fields of every setl_id matched so far, by setl_id. */
    public Map<String, Map<String, String>> matchedSettlements() {
        Map<String, Map<String, String>> rows = new HashMap<>();
        matchedIn.keySet().forEach(id -> rows.put(id, settlements.get(id).fields()));
        return rows;
    }

    private static Side visible(Side side, String cycle) {
        return side == null || side.month().compareTo(cycle) > 0 ? null : side;
    }

    private static boolean agree(Side s, Side l) {
        for (String f : List.of("medfee_sumamt", "fund_pay_sumamt", "acct_pay")) {
            if (amount(s.fields().get(f)).compareTo(amount(l.fields().get(f))) != 0) {
                return false;
            }
        }
        return s.fields().get("refd_setl_flag").equals(l.fields().get("refd_setl_flag"));
    }

    public static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip());
    }

    private static List<Map<String, String>> read(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            reader.forEach(r -> rows.add(r.getFieldsAsMap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
