package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** The three streaming files of a month: settlements (with their fee lines) and the insured region's ledger. */
final class MonthFiles implements Closeable {

    private final YearMonth month;
    private final Path settlementsFile;
    private final Path ledgerFile;
    private final Path feesFile;
    private final CsvWriter settlements;
    private final CsvWriter ledger;
    private final CsvWriter fees;
    private long normalRows;
    private long reversalRows;
    private long lateRows;
    private long ledgerRows;
    private long feeLines;

    MonthFiles(Path dir, YearMonth month) throws IOException {
        this.month = month;
        settlementsFile = dir.resolve("settlements-" + month + ".csv");
        ledgerFile = dir.resolve("ledger-" + month + ".csv");
        feesFile = dir.resolve("fees-" + month + ".csv");
        settlements = CsvFiles.open(settlementsFile, SpecHeaders.SETTLEMENTS);
        try {
            ledger = CsvFiles.open(ledgerFile, SpecHeaders.LEDGER);
            try {
                fees = CsvFiles.open(feesFile, SpecHeaders.FEES);
            } catch (IOException | RuntimeException e) {
                ledger.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            settlements.close();
            throw e;
        }
    }

    void settlement(Settlement s) {
        settlements.writeRecord(SpecRows.settlement(s));
        if (s.isReversal()) {
            reversalRows++;
        } else {
            normalRows++;
            lateRows += YearMonth.from(s.setlTime()).isBefore(month) ? 1 : 0;
        }
        for (FeeLine line : s.feeLines()) {
            fees.writeRecord(SpecRows.fee(s.setlId(), line));
            feeLines++;
        }
    }

    void ledger(LedgerRow row) {
        ledger.writeRecord(SpecRows.ledger(row));
        ledgerRows++;
    }

    List<Path> paths() {
        return List.of(settlementsFile, ledgerFile, feesFile);
    }

    long normalRows() {
        return normalRows;
    }

    long reversalRows() {
        return reversalRows;
    }

    /** Normal rows whose setl_time lies before the file's month. */
    long lateRows() {
        return lateRows;
    }

    long ledgerRows() {
        return ledgerRows;
    }

    long feeLines() {
        return feeLines;
    }

    @Override
    public void close() throws IOException {
        try (settlements; ledger; fees) {
            // try-with-resources closes all three even if one fails
        }
    }
}
