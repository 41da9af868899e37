package org.fundclear.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An independent, test-side reading of spec/README.md's row rules: what an importer would reject and why.
 * Used to prove that generated months import without rejects and that each corpus defect breaks exactly one rule.
 */
final class SpecRules {

    record Violation(String code, String field) {
    }

    static final Set<String> INSUTYPES = Set.of("310", "320", "330", "340", "350", "360", "370", "380", "390", "391",
            "392", "399", "410", "510");
    private static final Set<String> NATIONAL_MED_TYPES = Set.of("11", "12", "13", "14", "15", "16", "21", "22", "23",
            "24", "25", "26", "27", "28", "29", "41", "51", "52", "61");
    private static final Set<String> LISTED_LOCAL_MED_TYPES = Set.of("9107", "9901", "9929");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    static final List<String> FUND_COMPONENTS = List.of("hifp_pay", "hifmi_pay", "hifob_pay", "cvlserv_pay",
            "maf_pay", "oth_pay");
    static final List<String> AMOUNTS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "inscp_scp_amt", "hifp_pay",
            "hifmi_pay", "hifob_pay", "cvlserv_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "acct_pay",
            "psn_cash_pay");
    private static final List<String> REQUIRED = List.of("setl_id", "mdtrt_id", "psn_no", "insutype", "med_type",
            "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code", "setl_time", "medfee_sumamt", "hifp_pay",
            "fund_pay_sumamt", "acct_pay", "psn_cash_pay", "refd_setl_flag");

    private SpecRules() {
    }

    static boolean validMedType(String code) {
        return NATIONAL_MED_TYPES.contains(code) || LISTED_LOCAL_MED_TYPES.contains(code)
                || (code.matches("\\d{4,6}") && NATIONAL_MED_TYPES.contains(code.substring(0, 2)));
    }

    static BigDecimal amount(String text) {
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    /** Stateful: remembers loaded rows for conflicts (E14), repeats and reversal checks (E18). */
    static final class Settlements {

        private YearMonth cycle;
        private final Map<String, TestCsv.Row> loaded = new HashMap<>();

        Settlements(YearMonth cycle) {
            this.cycle = cycle;
        }

        /** Moves on to the next cycle, keeping what earlier cycles loaded (later files reverse and repeat it). */
        void startCycle(YearMonth next) {
            cycle = next;
        }

        List<Violation> check(TestCsv.Row row) {
            if (row.fields().size() != row.header().size()) {
                return List.of(new Violation("E01", ""));
            }
            List<Violation> v = new ArrayList<>();
            for (String column : REQUIRED) {
                if (row.get(column).isEmpty()) {
                    v.add(new Violation("E04", column));
                }
            }
            boolean amountsParse = checkDecimals(row, AMOUNTS, 2, v);
            checkCode(row, "insutype", INSUTYPES::contains, v);
            checkCode(row, "med_type", SpecRules::validMedType, v);
            checkCode(row, "refd_setl_flag", c -> c.equals("0") || c.equals("1"), v);
            checkCode(row, "gend", c -> c.equals("1") || c.equals("2") || c.equals("9"), v);
            LocalDate begndate = date(row, "begndate", v);
            LocalDate enddate = date(row, "enddate", v);
            date(row, "brdy", v);
            LocalDateTime setlTime = time(row, "setl_time", v);
            boolean regionsValid = region(row, "insu_admdvs", v) & region(row, "mdtrtarea_admdvs", v); // both checked
            if (regionsValid && row.get("insu_admdvs").equals(row.get("mdtrtarea_admdvs"))) {
                v.add(new Violation("E09", "mdtrtarea_admdvs"));
            }
            boolean reversal = row.get("refd_setl_flag").equals("1");
            if (amountsParse && v.stream().noneMatch(x -> x.code().equals("E04") && AMOUNTS.contains(x.field()))) {
                BigDecimal fund = amount(row.get("fund_pay_sumamt"));
                if (amount(row.get("medfee_sumamt")).compareTo(
                        fund.add(amount(row.get("acct_pay"))).add(amount(row.get("psn_cash_pay")))) != 0) {
                    v.add(new Violation("E05", "medfee_sumamt"));
                }
                BigDecimal components = FUND_COMPONENTS.stream().map(c -> amount(row.get(c)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (fund.compareTo(components) != 0) {
                    v.add(new Violation("E06", "fund_pay_sumamt"));
                }
                if (row.get("refd_setl_flag").equals("0")) {
                    AMOUNTS.stream().filter(c -> amount(row.get(c)).signum() < 0).findFirst()
                            .ifPresent(c -> v.add(new Violation("E07", c)));
                }
            }
            if (reversal && row.get("init_setl_id").isEmpty()) {
                v.add(new Violation("E08", "init_setl_id"));
            }
            if (row.get("med_type").equals("21")) {
                if (row.get("begndate").isEmpty()) {
                    v.add(new Violation("E15", "begndate"));
                } else if (row.get("enddate").isEmpty()) {
                    v.add(new Violation("E15", "enddate"));
                } else if (begndate != null && enddate != null && enddate.isBefore(begndate)) {
                    v.add(new Violation("E15", "enddate"));
                }
            }
            if (setlTime != null && YearMonth.from(setlTime).isAfter(cycle)) {
                v.add(new Violation("E13", "setl_time"));
            }
            if (!v.isEmpty() || row.get("setl_id").isEmpty()) {
                return v;
            }
            TestCsv.Row previous = loaded.get(row.get("setl_id"));
            if (previous != null) {
                return List.of(previous.fields().equals(row.fields())
                        ? new Violation("REPEAT", "") : new Violation("E14", "setl_id"));
            }
            TestCsv.Row original = reversal ? loaded.get(row.get("init_setl_id")) : null;
            if (original != null) {
                AMOUNTS.stream().filter(c -> amount(row.get(c)).compareTo(amount(original.get(c)).negate()) != 0)
                        .findFirst().ifPresent(c -> v.add(new Violation("E18", c)));
            }
            if (v.isEmpty()) {
                loaded.put(row.get("setl_id"), row);
            }
            return v;
        }
    }

    static List<Violation> checkFee(TestCsv.Row row) {
        if (row.fields().size() != row.header().size()) {
            return List.of(new Violation("E01", ""));
        }
        List<Violation> v = new ArrayList<>();
        for (String column : List.of("setl_id", "line_no", "list_type", "hilist_code", "cnt", "pric",
                "det_item_fee_sumamt", "fee_ocur_time")) {
            if (row.get(column).isEmpty()) {
                v.add(new Violation("E04", column));
            }
        }
        boolean parse = checkDecimals(row, List.of("cnt", "pric"), 4, v)
                & checkDecimals(row, List.of("det_item_fee_sumamt"), 2, v);
        time(row, "fee_ocur_time", v);
        if (parse && !row.get("cnt").isEmpty() && !row.get("pric").isEmpty()
                && !row.get("det_item_fee_sumamt").isEmpty()) {
            BigDecimal expected = new BigDecimal(row.get("cnt")).multiply(new BigDecimal(row.get("pric")))
                    .setScale(2, RoundingMode.HALF_UP);
            if (expected.compareTo(new BigDecimal(row.get("det_item_fee_sumamt"))) != 0) {
                v.add(new Violation("E19", "det_item_fee_sumamt"));
            }
        }
        return v;
    }

    static List<Violation> checkLedger(TestCsv.Row row) {
        if (row.fields().size() != row.header().size()) {
            return List.of(new Violation("E01", ""));
        }
        List<Violation> v = new ArrayList<>();
        for (String column : SpecHeaders.LEDGER) {
            if (row.get(column).isEmpty()) {
                v.add(new Violation("E04", column));
            }
        }
        checkDecimals(row, List.of("medfee_sumamt", "fund_pay_sumamt", "acct_pay"), 2, v);
        boolean regionsValid = region(row, "insu_admdvs", v) & region(row, "mdtrtarea_admdvs", v); // both checked
        if (regionsValid && row.get("insu_admdvs").equals(row.get("mdtrtarea_admdvs"))) {
            v.add(new Violation("E09", "mdtrtarea_admdvs"));
        }
        checkCode(row, "refd_setl_flag", c -> c.equals("0") || c.equals("1"), v);
        time(row, "setl_time", v);
        return v;
    }

    /** @return whether every non-empty value parses (E02), adding E03 for too many decimals */
    private static boolean checkDecimals(TestCsv.Row row, List<String> columns, int maxScale, List<Violation> v) {
        boolean ok = true;
        for (String column : columns) {
            String text = row.get(column);
            if (text.isEmpty()) {
                continue;
            }
            if (!DECIMAL.matcher(text).matches()) {
                v.add(new Violation("E02", column));
                ok = false;
            } else if (new BigDecimal(text).scale() > maxScale) {
                v.add(new Violation("E03", column));
                ok = false;
            }
        }
        return ok;
    }

    private static void checkCode(TestCsv.Row row, String column, Predicate<String> valid,
                                  List<Violation> v) {
        String code = row.get(column);
        if (!code.isEmpty() && !valid.test(code)) {
            v.add(new Violation("E11", column));
        }
    }

    private static LocalDate date(TestCsv.Row row, String column, List<Violation> v) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            v.add(new Violation("E12", column));
            return null;
        }
    }

    private static LocalDateTime time(TestCsv.Row row, String column, List<Violation> v) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            v.add(new Violation("E12", column));
            return null;
        }
    }

    private static boolean region(TestCsv.Row row, String column, List<Violation> v) {
        String code = row.get(column);
        if (code.isEmpty()) {
            return false;
        }
        if (!REGION.matcher(code).matches()) {
            v.add(new Violation("E10", column));
            return false;
        }
        return true;
    }
}
