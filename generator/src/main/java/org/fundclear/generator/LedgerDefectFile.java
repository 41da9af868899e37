package org.fundclear.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** ledger-defects.csv: ledger rows for the corpus's loadable settlements, every tenth with a single defect. */
final class LedgerDefectFile {

    private static final int ROWS = 160;
    private static final int DEFECT_EVERY = 10;

    private record RowDefect(UnaryOperator<FieldRow> change, ReasonCode reason, String field) {
    }

    private LedgerDefectFile() {
    }

    /** @return the number of valid ledger rows written */
    static int write(Path file, List<Settlement> loadable, List<ExpectedDefect> expected) throws IOException {
        String name = file.getFileName().toString();
        List<RowDefect> defects = List.of(
                new RowDefect(r -> r.set("psn_no", ""), ReasonCode.E04, "psn_no"),
                new RowDefect(r -> r.set("setl_time", ""), ReasonCode.E04, "setl_time"),
                new RowDefect(r -> r.set("medfee_sumamt", ""), ReasonCode.E04, "medfee_sumamt"),
                new RowDefect(r -> r.set("insu_admdvs", "5309"), ReasonCode.E10, "insu_admdvs"),
                new RowDefect(r -> r.set("mdtrtarea_admdvs", "53090A"), ReasonCode.E10, "mdtrtarea_admdvs"),
                new RowDefect(r -> r.set("refd_setl_flag", "7"), ReasonCode.E11, "refd_setl_flag"),
                new RowDefect(r -> r.set("refd_setl_flag", "7"), ReasonCode.E11, "refd_setl_flag"),
                new RowDefect(r -> r.set("mdtrtarea_admdvs", r.get("insu_admdvs")), ReasonCode.E09,
                        "mdtrtarea_admdvs"),
                new RowDefect(r -> r.set("mdtrtarea_admdvs", r.get("insu_admdvs")), ReasonCode.E09,
                        "mdtrtarea_admdvs"));
        int valid = 0;
        int next = 0;
        try (TrackedCsv out = new TrackedCsv(file)) {
            out.write(SpecHeaders.LEDGER.toArray(String[]::new));
            for (int i = 0; i < Math.min(ROWS, loadable.size()); i++) {
                FieldRow row = new FieldRow(SpecHeaders.LEDGER, SpecRows.ledger(LedgerRow.of(loadable.get(i))));
                if (i % DEFECT_EVERY == DEFECT_EVERY - 1 && next < defects.size()) {
                    RowDefect defect = defects.get(next++);
                    FieldRow bad = defect.change().apply(row);
                    expected.add(new ExpectedDefect(name, out.write(bad.fields()), bad.get("setl_id"),
                            defect.reason(), defect.field()));
                } else {
                    out.write(row.fields());
                    valid++;
                }
            }
        }
        if (next < defects.size()) {
            throw new IllegalStateException("too few settlements for every ledger defect");
        }
        return valid;
    }
}
