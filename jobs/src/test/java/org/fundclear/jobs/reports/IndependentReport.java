package org.fundclear.jobs.reports;

import static org.fundclear.jobs.clearing.IndependentClearing.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundclear.jobs.clearing.IndependentClearing;

/**
 * The report's five tables recomputed naively from the raw settlement rows and an independent reconciliation
 * ({@link IndependentClearing}: which cycle first matched each setl_id), as the CSV rows the product must write.
 * Written from spec/README.md alone; no product code.
 */
final class IndependentReport {
    private final Map<String, Map<String, String>> matched;
    private final IndependentClearing clearing;
    private final Map<String, String> regionNames;

    IndependentReport(IndependentClearing clearing, Map<String, String> regionNames) {
        this.clearing = clearing;
        this.matched = clearing.matchedSettlements();
        this.regionNames = regionNames;
    }

    /** file suffix (flow, scope, …) → data rows, without the header. */
    Map<String, List<List<String>>> tables(String region, String period, List<String> cycles, String previous,
                                           List<String> previousCycles) {
        List<Map<String, String>> rows = rowsOf(region, cycles);
        Map<String, List<List<String>>> tables = new TreeMap<>();

        List<List<String>> flow = new ArrayList<>(flow(region, period, rows));
        if (!previousCycles.isEmpty()) {
            flow.addAll(flow(region, previous, rowsOf(region, previousCycles)));
        }
        tables.put("flow", flow);

        Map<String, Sums> scope = new TreeMap<>();
        Map<String, Sums> insutype = new TreeMap<>();
        Map<String, Sums> category = new TreeMap<>();
        Sums total = new Sums();
        for (Map<String, String> r : rows) {
            String sameProvince = r.get("insu_admdvs").substring(0, 2).equals(r.get("mdtrtarea_admdvs").substring(0, 2))
                    ? "IN_PROVINCE" : "CROSS_PROVINCE";
            String role = r.get("insu_admdvs").equals(region) ? "INSURED" : "TREATMENT";
            scope.computeIfAbsent(sameProvince + "," + role, k -> new Sums()).add(r);
            insutype.computeIfAbsent(r.get("insutype"), k -> new Sums()).add(r);
            category.computeIfAbsent(category(r.get("med_type")), k -> new Sums()).add(r);
            total.add(r);
        }
        List<List<String>> scopeRows = new ArrayList<>();
        scope.forEach((k, s) -> scopeRows.add(List.of(period, k.split(",")[0], k.split(",")[1], "" + s.count,
                money(s.medfee), money(s.fund))));
        tables.put("scope", scopeRows);
        List<List<String>> insutypeRows = new ArrayList<>();
        insutype.forEach((k, s) -> insutypeRows.add(List.of(period, k, "" + s.count, money(s.medfee), money(s.fund),
                money(s.acct))));
        tables.put("insutype", insutypeRows);
        List<List<String>> categoryRows = new ArrayList<>();
        category.forEach((k, s) -> categoryRows.add(List.of(period, k, "" + s.count,
                BigDecimal.valueOf(s.count).divide(BigDecimal.valueOf(total.count), 4, RoundingMode.HALF_UP).toPlainString(),
                money(s.medfee), s.medfee.divide(total.medfee, 4, RoundingMode.HALF_UP).toPlainString(), money(s.fund))));
        tables.put("category", categoryRows);
        tables.put("destinations", destinations(region, period, rows, cycles.get(cycles.size() - 1)));
        return tables;
    }

    /** The matched rows of {@code cycles} in which {@code region} is either side. */
    private List<Map<String, String>> rowsOf(String region, List<String> cycles) {
        List<Map<String, String>> rows = new ArrayList<>();
        matched.forEach((id, f) -> {
            if (cycles.contains(clearing.matchedIn(id))
                    && (f.get("insu_admdvs").equals(region) || f.get("mdtrtarea_admdvs").equals(region))) {
                rows.add(f);
            }
        });
        return rows;
    }

    private static List<List<String>> flow(String region, String period, List<Map<String, String>> rows) {
        Sums out = new Sums();
        Sums in = new Sums();
        rows.forEach(r -> (r.get("insu_admdvs").equals(region) ? out : in).add(r));
        List<List<String>> flow = new ArrayList<>();
        if (out.rows > 0) {
            flow.add(List.of(period, "OUT", "" + out.count, money(out.medfee), money(out.fund)));
        }
        if (in.rows > 0) {
            flow.add(List.of(period, "IN", "" + in.count, money(in.medfee), money(in.fund)));
        }
        return flow;
    }

    private List<List<String>> destinations(String region, String period, List<Map<String, String>> rows, String last) {
        Set<String> takenBack = new HashSet<>();
        matched.forEach((id, f) -> {
            if ("1".equals(f.get("refd_setl_flag")) && clearing.matchedIn(id).compareTo(last) <= 0) {
                takenBack.add(f.get("init_setl_id"));
            }
        });
        Map<String, Sums[]> byDest = new TreeMap<>();
        Map<String, Set<String>[]> persons = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (!r.get("insu_admdvs").equals(region)) {
                continue;
            }
            String t = r.get("mdtrtarea_admdvs");
            String dest = t.substring(0, 2).equals(region.substring(0, 2)) ? t : t.substring(0, 2) + "0000";
            String c = category(r.get("med_type"));
            int kind = c.equals("INPATIENT") ? 0 : c.equals("PHARMACY") ? 2 : 1;
            byDest.computeIfAbsent(dest, d -> new Sums[]{new Sums(), new Sums(), new Sums()})[kind].add(r);
            @SuppressWarnings("unchecked")
            Set<String>[] people = persons.computeIfAbsent(dest, d -> new Set[]{new HashSet<>(), new HashSet<>(), new HashSet<>()});
            if ("0".equals(r.get("refd_setl_flag")) && !takenBack.contains(r.get("setl_id"))) {
                people[kind].add(r.get("psn_no"));
            }
        }
        List<List<String>> out = new ArrayList<>();
        byDest.forEach((dest, s) -> {
            Set<String>[] p = persons.get(dest);
            out.add(List.of(period, dest, regionNames.getOrDefault(dest, ""),
                    "" + p[0].size(), "" + s[0].count, "" + s[0].days, money(s[0].medfee),
                    "" + p[1].size(), "" + s[1].count, money(s[1].medfee),
                    "" + p[2].size(), "" + s[2].count, money(s[2].medfee)));
        });
        out.sort((a, b) -> Long.parseLong(a.get(4)) != Long.parseLong(b.get(4))
                ? Long.compare(Long.parseLong(b.get(4)), Long.parseLong(a.get(4))) : a.get(1).compareTo(b.get(1)));
        return out;
    }

    static String category(String medType) {
        int base = Integer.parseInt(medType.substring(0, 2));
        if ((base >= 21 && base <= 29) || base == 52) {
            return "INPATIENT";
        }
        return base == 14 ? "CHRONIC" : base == 41 ? "PHARMACY" : "GENERAL";
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Signed sums of some settlement rows. */
    private static final class Sums {
        int rows;
        long count;
        long days;
        BigDecimal medfee = BigDecimal.ZERO;
        BigDecimal fund = BigDecimal.ZERO;
        BigDecimal acct = BigDecimal.ZERO;

        void add(Map<String, String> r) {
            int sign = "1".equals(r.get("refd_setl_flag")) ? -1 : 1;
            rows++;
            count += sign;
            medfee = medfee.add(amount(r.get("medfee_sumamt")));
            fund = fund.add(amount(r.get("fund_pay_sumamt"))).add(amount(r.get("acct_pay")));
            acct = acct.add(amount(r.get("acct_pay")));
            if (category(r.get("med_type")).equals("INPATIENT")) {
                String begin = r.get("begndate");
                String end = r.get("enddate");
                long stay = begin == null || begin.isBlank() || end == null || end.isBlank() ? 1
                        : Math.max(1, ChronoUnit.DAYS.between(LocalDate.parse(begin), LocalDate.parse(end)));
                days += sign * stay;
            }
        }
    }
}
