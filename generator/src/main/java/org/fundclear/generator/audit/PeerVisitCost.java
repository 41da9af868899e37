package org.fundclear.generator.audit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The median cost of a general-outpatient visit (med_type 11) at hospitals of each level in the generated month,
 * read from its own files: moderate excesses are planted relative to what the month's peers actually bill,
 * whatever background made them.
 */
final class PeerVisitCost {
    private final Map<String, Double> medianYuanByLevel;

    private PeerVisitCost(Map<String, Double> medianYuanByLevel) {
        this.medianYuanByLevel = medianYuanByLevel;
    }

    static PeerVisitCost read(Path monthDir, YearMonth month) throws IOException {
        Map<String, String> levelOf = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(monthDir.resolve("institutions.csv"))) {
            for (NamedCsvRecord r : reader) {
                if (r.getField("kind").equals("HOSPITAL")) {
                    levelOf.put(r.getField("fixmedins_code"), r.getField("hosp_lv"));
                }
            }
        }
        Map<String, List<Double>> costs = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader =
                     CsvReader.builder().ofNamedCsvRecord(monthDir.resolve("settlements-" + month + ".csv"))) {
            for (NamedCsvRecord r : reader) {
                String level = levelOf.get(r.getField("fixmedins_code"));
                if (level != null && r.getField("med_type").equals("11") && r.getField("refd_setl_flag").equals("0")) {
                    costs.computeIfAbsent(level, k -> new ArrayList<>())
                            .add(new BigDecimal(r.getField("medfee_sumamt")).doubleValue());
                }
            }
        }
        Map<String, Double> medians = new HashMap<>();
        costs.forEach((level, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.put(level, sorted[sorted.length / 2]);
        });
        return new PeerVisitCost(medians);
    }

    /** The level's median visit cost in yuan; 230 (the report's typical general visit) if the month has none. */
    double medianYuan(String hospLv) {
        return medianYuanByLevel.getOrDefault(hospLv, 230.0);
    }
}
