package org.fundclear.generator;

import static org.fundclear.generator.Formats.money;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * fees-defects.csv: the fee lines of the corpus's loadable outpatient settlements, where every few settlements
 * one line is replaced by a copy carrying a single defect.
 */
final class FeeDefectFile {

    private static final int DEFECT_EVERY = 6;

    private record LineDefect(UnaryOperator<FieldRow> change, ReasonCode reason, String field) {
    }

    private FeeDefectFile() {
    }

    /** @return the number of valid fee lines written */
    static int write(Path file, List<Settlement> loadable, YearMonth month, List<ExpectedDefect> expected)
            throws IOException {
        String name = file.getFileName().toString();
        String ym = month.toString();
        List<LineDefect> defects = List.of(
                new LineDefect(r -> r.set("det_item_fee_sumamt", plusFen(r.get("det_item_fee_sumamt"), 1)),
                        ReasonCode.E19, "det_item_fee_sumamt"),
                // 3 × 1.2350 = 3.705: half-up gives 3.71, truncating or half-even rounding gives 3.70.
                new LineDefect(r -> r.set("cnt", "3").set("pric", "1.2350").set("det_item_fee_sumamt", "3.70"),
                        ReasonCode.E19, "det_item_fee_sumamt"),
                new LineDefect(r -> r.set("det_item_fee_sumamt", plusFen(r.get("det_item_fee_sumamt"), 1000)),
                        ReasonCode.E19, "det_item_fee_sumamt"),
                new LineDefect(r -> r.set("cnt", "abc"), ReasonCode.E02, "cnt"),
                new LineDefect(r -> r.set("pric", "1.2.3"), ReasonCode.E02, "pric"),
                new LineDefect(r -> r.set("setl_id", ""), ReasonCode.E04, "setl_id"),
                new LineDefect(r -> r.set("hilist_code", ""), ReasonCode.E04, "hilist_code"),
                new LineDefect(r -> r.set("cnt", ""), ReasonCode.E04, "cnt"),
                new LineDefect(r -> r.set("fee_ocur_time", ""), ReasonCode.E04, "fee_ocur_time"),
                new LineDefect(r -> r.set("fee_ocur_time", ym + "-32 08:00:00"), ReasonCode.E12, "fee_ocur_time"),
                new LineDefect(r -> r.set("fee_ocur_time", ym.substring(5) + "/05/" + ym.substring(0, 4) + " 08:00"),
                        ReasonCode.E12, "fee_ocur_time"));
        int valid = 0;
        int withLines = 0;
        int next = 0;
        try (TrackedCsv out = new TrackedCsv(file)) {
            out.write(SpecHeaders.FEES.toArray(String[]::new));
            for (Settlement s : loadable) {
                if (s.feeLines().isEmpty()) {
                    continue;
                }
                boolean defective = withLines++ % DEFECT_EVERY == DEFECT_EVERY - 1 && next < defects.size();
                int defectiveLine = defective ? s.feeLines().size() - 1 : -1;
                for (int i = 0; i < s.feeLines().size(); i++) {
                    FieldRow row = new FieldRow(SpecHeaders.FEES, SpecRows.fee(s.setlId(), s.feeLines().get(i)));
                    if (i == defectiveLine) {
                        LineDefect defect = defects.get(next++);
                        FieldRow bad = defect.change().apply(row);
                        expected.add(new ExpectedDefect(name, out.write(bad.fields()), bad.get("setl_id"),
                                defect.reason(), defect.field()));
                    } else {
                        out.write(row.fields());
                        valid++;
                    }
                }
            }
        }
        if (next < defects.size()) {
            throw new IllegalStateException("too few settlements with fee lines for every fee defect");
        }
        return valid;
    }

    private static String plusFen(String amount, long fen) {
        return money(new BigDecimal(amount).movePointRight(2).longValueExact() + fen);
    }
}
