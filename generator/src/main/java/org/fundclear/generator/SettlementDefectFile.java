package org.fundclear.generator;

import static org.fundclear.generator.Formats.money;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * settlements-defects.csv: valid rows (one with a name spanning two physical lines, a few valid reversals)
 * interleaved with rows that each break exactly one rule. Every defective row is a valid generated row with one
 * change; where a missing or broken value could also upset a sum, the base row is picked so it does not
 * (e.g. acct_pay is only blanked where it was 0).
 */
final class SettlementDefectFile {

    private static final int VALID_ROWS = 300;
    private static final int FIRST_DEFECT_AFTER = 12;
    private static final int MULTILINE_ROW = 7;
    private static final int REVERSAL_EVERY = 40;
    private static final int MAX_ATTEMPTS = 10_000;
    private static final long ONE_YUAN = 100;

    /** @param loadable the rows an importer loads, in file order (valid normal rows and valid reversals) */
    record Written(int validRows, List<Settlement> loadable) {
    }

    private record DefectRow(String[] fields, String setlId, ReasonCode reason, String field) {
    }

    private final SettlementFactory factory;
    private final YearMonth month;
    private final SplittableRandom rng;
    /** Valid normal rows already written that no reversal or repeat refers to yet. */
    private final List<Settlement> unclaimed = new ArrayList<>();

    SettlementDefectFile(SettlementFactory factory, YearMonth month, SplittableRandom rng) {
        this.factory = factory;
        this.month = month;
        this.rng = rng;
    }

    Written write(Path file, List<ExpectedDefect> expected) throws IOException {
        String name = file.getFileName().toString();
        List<Supplier<DefectRow>> cases = cases();
        int step = Math.max(1, (VALID_ROWS - FIRST_DEFECT_AFTER) / cases.size());
        List<Settlement> loadable = new ArrayList<>();
        int next = 0;
        try (TrackedCsv out = new TrackedCsv(file)) {
            out.write(SpecHeaders.SETTLEMENTS.toArray(String[]::new));
            for (int i = 0; i < VALID_ROWS; i++) {
                Settlement settlement = factory.create(randomDay());
                FieldRow row = FieldRow.settlement(settlement);
                if (i == MULTILINE_ROW) {
                    // A quoted field spanning two physical lines, as RFC 4180 allows: later line numbers must account
                    // for it. The product's import rejects it as two lines (E22, E01): no input field may span lines.
                    String psnName = settlement.person().name();
                    row.set("psn_name", psnName.charAt(0) + "\n" + psnName.substring(1));
                } else {
                    unclaimed.add(settlement);
                }
                out.write(row.fields());
                loadable.add(settlement);
                if (i % REVERSAL_EVERY == REVERSAL_EVERY / 2) {
                    Settlement original = claim(this::reversibleInMonth);
                    Settlement reversal = factory.reverse(original, original.setlTime().plusHours(1));
                    out.write(SpecRows.settlement(reversal));
                    loadable.add(reversal);
                }
                boolean defectDue = i >= FIRST_DEFECT_AFTER && (i - FIRST_DEFECT_AFTER) % step == 0;
                if (defectDue && next < cases.size()) {
                    write(out, cases.get(next++).get(), name, expected);
                }
            }
            while (next < cases.size()) {
                write(out, cases.get(next++).get(), name, expected);
            }
        }
        return new Written(loadable.size(), List.copyOf(loadable));
    }

    private static void write(TrackedCsv out, DefectRow row, String file, List<ExpectedDefect> expected) {
        expected.add(new ExpectedDefect(file, out.write(row.fields()), row.setlId(), row.reason(), row.field()));
    }

    /** At least two rows per reason code, varying the field at fault. */
    private List<Supplier<DefectRow>> cases() {
        Predicate<Settlement> any = s -> true;
        Predicate<Settlement> outpatientWithDates = s -> s.medType() != MedType.INPATIENT && s.begndate() != null;
        Predicate<Settlement> notInpatient = s -> s.medType() != MedType.INPATIENT;
        Predicate<Settlement> detailsShown = Settlement::personDetailsShown;
        String year = Integer.toString(month.getYear());
        return List.of(
                () -> wrongFieldCount(row -> row.withExtra("")),
                () -> wrongFieldCount(row -> row.without("init_setl_id")),
                () -> wrongFieldCount(row -> row.without("dise_codg")),
                () -> replaced(any, "hifp_pay", "12,3", ReasonCode.E02),
                () -> replaced(any, "medfee_sumamt", "1.2.3", ReasonCode.E02),
                () -> replaced(any, "inscp_scp_amt", "abc", ReasonCode.E02),
                () -> threeDecimals("inscp_scp_amt", Amounts::inscpScp),
                () -> threeDecimals("fulamt_ownpay_amt", Amounts::fulamtOwnpay),
                () -> replaced(any, "setl_id", "", ReasonCode.E04),
                () -> replaced(any, "psn_no", "", ReasonCode.E04),
                () -> replaced(any, "insutype", "", ReasonCode.E04),
                () -> replaced(s -> s.amounts().hifp() == 0, "hifp_pay", "", ReasonCode.E04),
                () -> replaced(any, "setl_time", "", ReasonCode.E04),
                () -> replaced(s -> s.amounts().acct() == 0, "acct_pay", "", ReasonCode.E04),
                () -> replaced(any, "mdtrt_id", "", ReasonCode.E04),
                () -> replaced(any, "fixmedins_code", "", ReasonCode.E04),
                () -> shifted(any, ReasonCode.E05, "medfee_sumamt", s -> new long[] {0, 0, 0, 0, ONE_YUAN}),
                () -> shifted(any, ReasonCode.E05, "medfee_sumamt", s -> new long[] {1, 0, 0, 0, 0}),
                () -> shifted(any, ReasonCode.E05, "medfee_sumamt", s -> new long[] {0, 0, 0, 50, 0}),
                () -> shifted(any, ReasonCode.E06, "fund_pay_sumamt", s -> new long[] {0, 5 * ONE_YUAN, 0, 0, 0}),
                () -> shifted(s -> s.amounts().psnCash() >= 1, ReasonCode.E06, "fund_pay_sumamt",
                        s -> new long[] {0, 0, 1, 0, -1}),
                this::negativeOtherFund,
                this::negativeAccount,
                () -> replaced(any, "fulamt_ownpay_amt", "-3.21", ReasonCode.E07),
                this::reversalWithoutOriginalId,
                this::reversalWithoutOriginalId,
                () -> sameRegions(any),
                () -> sameRegions(any),
                () -> replaced(any, "insu_admdvs", "53090", ReasonCode.E10),
                () -> replaced(any, "mdtrtarea_admdvs", "5309001", ReasonCode.E10),
                () -> replaced(any, "insu_admdvs", "53A900", ReasonCode.E10),
                () -> replaced(any, "insutype", "999", ReasonCode.E11),
                () -> replaced(notInpatient, "med_type", "99", ReasonCode.E11),
                () -> replaced(notInpatient, "med_type", "7", ReasonCode.E11),
                () -> replaced(any, "refd_setl_flag", "2", ReasonCode.E11),
                () -> replaced(detailsShown, "gend", "5", ReasonCode.E11),
                () -> replaced(any, "setl_time", year + "-13-01 10:00:00", ReasonCode.E12),
                () -> slashedSetlTime(),
                () -> replaced(outpatientWithDates, "begndate", month.atDay(5).toString().replace('-', '/'),
                        ReasonCode.E12),
                () -> replaced(outpatientWithDates, "enddate", "yesterday", ReasonCode.E12),
                () -> replaced(detailsShown, "brdy", "1990-02-30", ReasonCode.E12),
                this::nextMonth,
                this::nextMonth,
                () -> conflicting(s -> true, new long[] {10 * ONE_YUAN, 0, 0, 0, 10 * ONE_YUAN}),
                () -> conflicting(s -> s.amounts().hifp() >= ONE_YUAN,
                        new long[] {0, -ONE_YUAN, -ONE_YUAN, 0, ONE_YUAN}),
                () -> replaced(s -> s.medType() == MedType.INPATIENT, "begndate", "", ReasonCode.E15),
                () -> replaced(s -> s.medType() == MedType.INPATIENT, "enddate", "", ReasonCode.E15),
                this::inpatientEndBeforeBegin,
                () -> wrongReversal(new long[] {-ONE_YUAN, 0, 0, 0, -ONE_YUAN}, "medfee_sumamt"),
                () -> wrongReversal(new long[] {0, ONE_YUAN, ONE_YUAN, 0, -ONE_YUAN}, "hifp_pay"),
                this::identicalRepeat,
                this::identicalRepeat,
                this::identicalRepeat);
    }

    private DefectRow wrongFieldCount(Function<FieldRow, String[]> reshape) {
        Settlement s = fresh(x -> true);
        return new DefectRow(reshape.apply(FieldRow.settlement(s)), s.setlId(), ReasonCode.E01, "");
    }

    private DefectRow replaced(Predicate<Settlement> base, String column, String value, ReasonCode reason) {
        return defect(FieldRow.settlement(fresh(base)).set(column, value), reason, column);
    }

    /** Same value plus a third decimal, on a column outside every sum so nothing else breaks. */
    private DefectRow threeDecimals(String column, ToLongFunction<Amounts> amount) {
        Settlement s = fresh(x -> true);
        return defect(FieldRow.settlement(s).set(column, money(amount.applyAsLong(s.amounts())) + "5"),
                ReasonCode.E03, column);
    }

    /**
     * Adds fen to {medfee, hifp, fund_pay_sumamt, acct, cash} as written, leaving everything else as generated.
     */
    private DefectRow shifted(Predicate<Settlement> base, ReasonCode reason, String field,
                              Function<Settlement, long[]> deltas) {
        Settlement s = fresh(base);
        return defect(withDeltas(FieldRow.settlement(s), s.amounts(), deltas.apply(s)), reason, field);
    }

    private static FieldRow withDeltas(FieldRow row, Amounts a, long[] d) {
        return row.set("medfee_sumamt", money(a.medfee() + d[0]))
                .set("hifp_pay", money(a.hifp() + d[1]))
                .set("fund_pay_sumamt", money(a.fundPaySum() + d[2]))
                .set("acct_pay", money(a.acct() + d[3]))
                .set("psn_cash_pay", money(a.psnCash() + d[4]));
    }

    /** oth_pay negative, compensated by a larger hifp_pay: both sums still hold, only the sign is wrong. */
    private DefectRow negativeOtherFund() {
        Settlement s = fresh(x -> x.amounts().oth() == 0);
        long amount = 1234;
        return defect(FieldRow.settlement(s).set("oth_pay", money(-amount))
                .set("hifp_pay", money(s.amounts().hifp() + amount)), ReasonCode.E07, "oth_pay");
    }

    /** acct_pay negative, compensated by more cash. */
    private DefectRow negativeAccount() {
        Settlement s = fresh(x -> x.amounts().acct() == 0);
        long amount = 2345;
        return defect(FieldRow.settlement(s).set("acct_pay", money(-amount))
                .set("psn_cash_pay", money(s.amounts().psnCash() + amount)), ReasonCode.E07, "acct_pay");
    }

    private DefectRow reversalWithoutOriginalId() {
        Settlement original = claim(this::reversibleInMonth);
        Settlement reversal = factory.reverse(original, original.setlTime().plusHours(1));
        return defect(FieldRow.settlement(reversal).set("init_setl_id", ""), ReasonCode.E08, "init_setl_id");
    }

    private DefectRow sameRegions(Predicate<Settlement> base) {
        Settlement s = fresh(base);
        return defect(FieldRow.settlement(s).set("mdtrtarea_admdvs", s.person().insured().admdvs()),
                ReasonCode.E09, "mdtrtarea_admdvs");
    }

    private DefectRow slashedSetlTime() {
        Settlement s = fresh(x -> true);
        return defect(FieldRow.settlement(s).set("setl_time", Formats.dateTime(s.setlTime()).replace('-', '/')),
                ReasonCode.E12, "setl_time");
    }

    /** Settled in the month after the cycle month; visit dates move along so they stay consistent. */
    private DefectRow nextMonth() {
        Settlement s = fresh(x -> x.medType() != MedType.INPATIENT);
        LocalDateTime later = s.setlTime().plusMonths(1);
        FieldRow row = FieldRow.settlement(s).set("setl_time", Formats.dateTime(later));
        if (s.begndate() != null) {
            row.set("begndate", Formats.date(later.toLocalDate())).set("enddate", Formats.date(later.toLocalDate()));
        }
        return defect(row, ReasonCode.E13, "setl_time");
    }

    /** An earlier valid row's setl_id again, with amounts changed but still consistent. */
    private DefectRow conflicting(Predicate<Settlement> base, long[] deltas) {
        Settlement original = claim(base);
        return defect(withDeltas(FieldRow.settlement(original), original.amounts(), deltas), ReasonCode.E14,
                "setl_id");
    }

    private DefectRow inpatientEndBeforeBegin() {
        Settlement s = fresh(x -> x.medType() == MedType.INPATIENT);
        return defect(FieldRow.settlement(s).set("begndate", Formats.date(s.enddate()))
                .set("enddate", Formats.date(s.begndate())), ReasonCode.E15, "enddate");
    }

    /** A consistent reversal of an earlier valid row whose amounts differ from the exact negation. */
    private DefectRow wrongReversal(long[] deltas, String firstDifferingColumn) {
        Settlement original = claim(s -> s.amounts().hifp() >= ONE_YUAN && reversibleInMonth(s));
        Settlement reversal = factory.reverse(original, original.setlTime().plusHours(1));
        return defect(withDeltas(FieldRow.settlement(reversal), reversal.amounts(), deltas), ReasonCode.E18,
                firstDifferingColumn);
    }

    private DefectRow identicalRepeat() {
        return defect(FieldRow.settlement(claim(s -> true)), ReasonCode.REPEAT, "");
    }

    private static DefectRow defect(FieldRow row, ReasonCode reason, String field) {
        return new DefectRow(row.fields(), row.get("setl_id"), reason, field);
    }

    private Settlement fresh(Predicate<Settlement> wanted) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Settlement s = factory.create(randomDay());
            if (wanted.test(s)) {
                return s;
            }
        }
        throw new IllegalStateException("no suitable base row for a defect");
    }

    private Settlement claim(Predicate<Settlement> wanted) {
        for (int i = 0; i < unclaimed.size(); i++) {
            if (wanted.test(unclaimed.get(i))) {
                return unclaimed.remove(i);
            }
        }
        throw new IllegalStateException("no earlier valid row left to refer to");
    }

    private boolean reversibleInMonth(Settlement s) {
        return !s.setlTime().plusHours(1).isAfter(month.atEndOfMonth().atTime(23, 59, 59));
    }

    private LocalDate randomDay() {
        return month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
    }
}
