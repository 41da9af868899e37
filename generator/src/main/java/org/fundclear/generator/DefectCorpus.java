package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a bad-input corpus for import tests: files mixing valid rows with rows that each carry exactly one
 * defect, the list of expected rejects (defects-expected.csv), and whole-file cases (encoding, missing column,
 * GB18030, BOM). Setl_ids use the prefix D, so they never collide with generated months (prefix S).
 */
public final class DefectCorpus {

    public static final String SETTLEMENTS_FILE = "settlements-defects.csv";
    public static final String FEES_FILE = "fees-defects.csv";
    public static final String LEDGER_FILE = "ledger-defects.csv";
    public static final String EXPECTED_FILE = "defects-expected.csv";
    public static final String BAD_ENCODING_FILE = "settlements-badenc.csv";
    public static final String MISSING_COLUMN_FILE = "settlements-nocol.csv";
    public static final String GB18030_FILE = "settlements-gb18030.csv";
    public static final String BOM_FILE = "settlements-bom.csv";
    public static final List<String> EXPECTED_HEADER = List.of("file", "line", "setl_id", "reason_code", "field");

    /** The data line (1 = first row after the header) whose name carries the invalid bytes. */
    static final int BAD_ENCODING_DATA_LINE = 5;
    static final String MISSING_COLUMN = "hifp_pay";
    private static final int GB18030_ROWS = 20;
    private static final int BOM_ROWS = 10;
    private static final int POPULATION_SIZE = 2000;
    private static final long SALT = 0x446566656374L;

    private DefectCorpus() {
    }

    public static DefectCorpusResult write(Path dir, YearMonth month, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom root =
                new SplittableRandom(Seeds.mix(seed ^ SALT, month.getYear() * 12L + month.getMonthValue()));
        PersonSampler persons = new PersonSampler(PersonPool.forSettlements(seed, POPULATION_SIZE), root.split());
        SettlementFactory factory =
                new SettlementFactory(new IdSequence("D", month), persons, new InstitutionPool(), month, root.split(),
                        Background.DEFAULT);

        List<ExpectedDefect> expected = new ArrayList<>();
        SettlementDefectFile.Written settlements = new SettlementDefectFile(factory, month, root.split())
                .write(dir.resolve(SETTLEMENTS_FILE), expected);
        int fees = FeeDefectFile.write(dir.resolve(FEES_FILE), settlements.loadable(), month, expected);
        int ledger = LedgerDefectFile.write(dir.resolve(LEDGER_FILE), settlements.loadable(), expected);
        writeExpected(dir.resolve(EXPECTED_FILE), expected);

        WholeFileSamples samples = new WholeFileSamples(factory, month, root.split());
        long badOffset = samples.badEncoding(dir.resolve(BAD_ENCODING_FILE), BAD_ENCODING_DATA_LINE);
        samples.missingColumn(dir.resolve(MISSING_COLUMN_FILE), MISSING_COLUMN);
        samples.gb18030(dir.resolve(GB18030_FILE), GB18030_ROWS);
        samples.withBom(dir.resolve(BOM_FILE), BOM_ROWS);

        List<Path> files = List.of(SETTLEMENTS_FILE, FEES_FILE, LEDGER_FILE, EXPECTED_FILE, BAD_ENCODING_FILE,
                MISSING_COLUMN_FILE, GB18030_FILE, BOM_FILE).stream().map(dir::resolve).toList();
        return new DefectCorpusResult(files, expected, settlements.validRows(), fees, ledger, badOffset,
                MISSING_COLUMN, GB18030_ROWS, BOM_ROWS);
    }

    private static void writeExpected(Path file, List<ExpectedDefect> expected) throws IOException {
        try (CsvWriter out = CsvFiles.open(file, EXPECTED_HEADER)) {
            for (ExpectedDefect d : expected) {
                out.writeRecord(d.file(), Long.toString(d.line()), d.setlId(), d.reason().name(), d.field());
            }
        }
    }
}
