package org.fundclear.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link MonthGenerator#generate} wrote.
 *
 * @param files            settlements, ledger, fees, regions, institutions, persons, filings, catalog (in that order)
 * @param settlements      normal settlement rows (late ones included)
 * @param reversals        reversal rows, also in the settlements file
 * @param lateSettlements  normal rows whose setl_time lies in the previous month
 * @param ledgerRows       rows in the ledger file
 * @param feeLines         rows in the fees file
 * @param persons          rows in persons.csv
 * @param discrepancies    planted ledger discrepancies by kind
 */
public record GenerationResult(List<Path> files, long settlements, long reversals, long lateSettlements,
                               long ledgerRows, long feeLines, long persons, DiscrepancyCounts discrepancies) {

    public GenerationResult {
        files = List.copyOf(files);
    }
}
