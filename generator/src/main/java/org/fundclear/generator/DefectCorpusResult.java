package org.fundclear.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DefectCorpus#write} wrote.
 *
 * @param files               every file, in the order of the {@code DefectCorpus} name constants
 * @param expected            the rows of defects-expected.csv
 * @param validSettlementRows loadable rows of settlements-defects.csv (identical repeats not counted)
 * @param validFeeLines       loadable rows of fees-defects.csv
 * @param validLedgerRows     loadable rows of ledger-defects.csv
 * @param badEncodingOffset   0-based byte offset of the first invalid UTF-8 byte in settlements-badenc.csv (E16)
 * @param missingColumn       the required column settlements-nocol.csv lacks (E17)
 * @param gb18030Rows         data rows of settlements-gb18030.csv
 * @param bomRows             data rows of settlements-bom.csv
 */
public record DefectCorpusResult(List<Path> files, List<ExpectedDefect> expected,
                                 int validSettlementRows, int validFeeLines, int validLedgerRows,
                                 long badEncodingOffset, String missingColumn, int gb18030Rows, int bomRows) {

    public DefectCorpusResult {
        files = List.copyOf(files);
        expected = List.copyOf(expected);
    }
}
