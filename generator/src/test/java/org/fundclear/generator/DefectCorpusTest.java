package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefectCorpusTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @TempDir
    static Path dir;
    static DefectCorpusResult result;
    static TestCsv.Table expected;

    @BeforeAll
    static void write() throws IOException {
        result = DefectCorpus.write(dir, MONTH, 7);
        expected = TestCsv.read(dir.resolve(DefectCorpus.EXPECTED_FILE));
    }

    @Test
    void expectedFileListsTheResultsDefects() {
        assertThat(expected.header()).isEqualTo(DefectCorpus.EXPECTED_HEADER);
        assertThat(expected.rows()).hasSize(result.expected().size());
        for (int i = 0; i < expected.rows().size(); i++) {
            TestCsv.Row row = expected.rows().get(i);
            ExpectedDefect defect = result.expected().get(i);
            assertThat(row.fields()).containsExactly(defect.file(), Long.toString(defect.line()), defect.setlId(),
                    defect.reason().name(), defect.field());
        }
        assertThat(result.files()).allMatch(Files::exists).hasSize(8);
    }

    @Test
    void expectedLinesPointAtRowsWithThatSetlId() {
        for (String file : List.of(DefectCorpus.SETTLEMENTS_FILE, DefectCorpus.FEES_FILE, DefectCorpus.LEDGER_FILE)) {
            Map<Long, TestCsv.Row> byLine = TestCsv.read(dir.resolve(file)).rows().stream()
                    .collect(Collectors.toMap(TestCsv.Row::line, Function.identity()));
            for (ExpectedDefect defect : defects(file)) {
                TestCsv.Row row = byLine.get(defect.line());
                assertThat(row).as("%s line %d", file, defect.line()).isNotNull();
                assertThat(row.fields().get(0)).as("%s line %d", file, defect.line()).isEqualTo(defect.setlId());
            }
        }
    }

    @Test
    void everyReasonCodeHasAtLeastTwoRowsPerFile() {
        assertThat(countByReason(DefectCorpus.SETTLEMENTS_FILE)).containsOnlyKeys(ReasonCode.E01, ReasonCode.E02,
                ReasonCode.E03, ReasonCode.E04, ReasonCode.E05, ReasonCode.E06, ReasonCode.E07, ReasonCode.E08,
                ReasonCode.E09, ReasonCode.E10, ReasonCode.E11, ReasonCode.E12, ReasonCode.E13, ReasonCode.E14,
                ReasonCode.E15, ReasonCode.E18, ReasonCode.REPEAT)
                .allSatisfy((code, n) -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(countByReason(DefectCorpus.FEES_FILE)).containsOnlyKeys(ReasonCode.E19, ReasonCode.E02,
                ReasonCode.E04, ReasonCode.E12).allSatisfy((code, n) -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(countByReason(DefectCorpus.LEDGER_FILE)).containsOnlyKeys(ReasonCode.E04, ReasonCode.E10,
                ReasonCode.E11, ReasonCode.E09).allSatisfy((code, n) -> assertThat(n).isGreaterThanOrEqualTo(2));
        Set<String> missingFields = defects(DefectCorpus.SETTLEMENTS_FILE).stream()
                .filter(d -> d.reason() == ReasonCode.E04).map(ExpectedDefect::field).collect(Collectors.toSet());
        assertThat(missingFields).contains("setl_id", "psn_no", "insutype", "hifp_pay", "setl_time", "acct_pay");
    }

    @Test
    void eachSettlementDefectBreaksExactlyTheExpectedRule() {
        Map<Long, ExpectedDefect> expectedByLine = byLine(DefectCorpus.SETTLEMENTS_FILE);
        SpecRules.Settlements rules = new SpecRules.Settlements(MONTH);
        int valid = 0;
        for (TestCsv.Row row : TestCsv.read(dir.resolve(DefectCorpus.SETTLEMENTS_FILE)).rows()) {
            List<SpecRules.Violation> violations = rules.check(row);
            ExpectedDefect defect = expectedByLine.get(row.line());
            if (defect == null) {
                assertThat(violations).as("valid line %d", row.line()).isEmpty();
                valid++;
            } else {
                assertThat(violations).as("line %d", row.line())
                        .containsExactly(new SpecRules.Violation(defect.reason().name(), defect.field()));
            }
        }
        assertThat(valid).isEqualTo(result.validSettlementRows()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void eachFeeAndLedgerDefectBreaksExactlyTheExpectedRule() {
        Map<Long, ExpectedDefect> fees = byLine(DefectCorpus.FEES_FILE);
        int validFees = 0;
        for (TestCsv.Row row : TestCsv.read(dir.resolve(DefectCorpus.FEES_FILE)).rows()) {
            ExpectedDefect defect = fees.get(row.line());
            assertThat(SpecRules.checkFee(row)).as("fee line %d", row.line()).isEqualTo(defect == null ? List.of()
                    : List.of(new SpecRules.Violation(defect.reason().name(), defect.field())));
            validFees += defect == null ? 1 : 0;
        }
        assertThat(validFees).isEqualTo(result.validFeeLines());

        Map<Long, ExpectedDefect> ledger = byLine(DefectCorpus.LEDGER_FILE);
        int validLedger = 0;
        for (TestCsv.Row row : TestCsv.read(dir.resolve(DefectCorpus.LEDGER_FILE)).rows()) {
            ExpectedDefect defect = ledger.get(row.line());
            assertThat(SpecRules.checkLedger(row)).as("ledger line %d", row.line()).isEqualTo(defect == null
                    ? List.of() : List.of(new SpecRules.Violation(defect.reason().name(), defect.field())));
            validLedger += defect == null ? 1 : 0;
        }
        assertThat(validLedger).isEqualTo(result.validLedgerRows());
    }

    @Test
    void aValidRowSpansTwoPhysicalLinesAndLaterLinesCountIt() throws IOException {
        List<TestCsv.Row> rows = TestCsv.read(dir.resolve(DefectCorpus.SETTLEMENTS_FILE)).rows();
        long multiline = rows.stream().filter(r -> r.get("psn_name").contains("\n")).count();
        assertThat(multiline).isEqualTo(1);
        TestCsv.Row last = rows.get(rows.size() - 1);
        long physicalLines = Files.readString(dir.resolve(DefectCorpus.SETTLEMENTS_FILE)).chars()
                .filter(c -> c == '\n').count();
        assertThat(last.line()).isEqualTo(physicalLines);
        assertThat(physicalLines).isEqualTo(rows.size() + 2); // header + the extra physical line
    }

    @Test
    void setlIdsAreDistinctExceptWhereTheDuplicateIsThePoint() {
        Set<String> seen = new HashSet<>();
        for (String file : List.of(DefectCorpus.SETTLEMENTS_FILE, DefectCorpus.BAD_ENCODING_FILE,
                DefectCorpus.MISSING_COLUMN_FILE, DefectCorpus.GB18030_FILE, DefectCorpus.BOM_FILE)) {
            TestCsv.Table table = file.equals(DefectCorpus.GB18030_FILE)
                    ? TestCsv.read(dir.resolve(file), WholeFileSamples.GB18030, false)
                    : TestCsv.read(dir.resolve(file), StandardCharsets.ISO_8859_1, true);
            Map<Long, ExpectedDefect> defects = byLine(file);
            for (TestCsv.Row row : table.rows()) {
                String setlId = row.fields().get(0);
                if (setlId.isEmpty()) {
                    continue;
                }
                assertThat(setlId).startsWith("D202610");
                ExpectedDefect defect = defects.get(row.line());
                boolean duplicateIntended = defect != null
                        && (defect.reason() == ReasonCode.E14 || defect.reason() == ReasonCode.REPEAT);
                assertThat(seen.add(setlId)).as("%s line %d", file, row.line()).isNotEqualTo(duplicateIntended);
            }
        }
    }

    @Test
    void badEncodingOffsetIsTheFirstInvalidByte() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(DefectCorpus.BAD_ENCODING_FILE));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult coderResult = decoder.decode(in, CharBuffer.allocate(bytes.length), true);

        assertThat(coderResult.isMalformed()).isTrue();
        assertThat((long) in.position()).isEqualTo(result.badEncodingOffset());
        String before = new String(bytes, 0, (int) result.badEncodingOffset(), StandardCharsets.UTF_8);
        assertThat(before.split("\r\n", -1)).hasSize(DefectCorpus.BAD_ENCODING_DATA_LINE + 1);
    }

    @Test
    void missingColumnFileLacksHifpPay() {
        TestCsv.Table table = TestCsv.read(dir.resolve(DefectCorpus.MISSING_COLUMN_FILE));
        assertThat(result.missingColumn()).isEqualTo("hifp_pay");
        assertThat(table.header()).doesNotContain("hifp_pay").hasSize(SpecHeaders.SETTLEMENTS.size() - 1);
        assertThat(table.rows()).isNotEmpty().allMatch(r -> r.fields().size() == table.header().size());
    }

    @Test
    void gb18030FileIsValidGb18030ButNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(DefectCorpus.GB18030_FILE));
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        boolean validUtf8;
        try {
            utf8.decode(ByteBuffer.wrap(bytes));
            validUtf8 = true;
        } catch (CharacterCodingException e) {
            validUtf8 = false;
        }
        assertThat(validUtf8).isFalse();

        TestCsv.Table table = TestCsv.read(dir.resolve(DefectCorpus.GB18030_FILE), WholeFileSamples.GB18030, false);
        assertThat(table.rows()).hasSize(result.gb18030Rows()).allMatch(r -> r.get("psn_name").matches("\\p{IsHan}+"));
        assertAllValid(table);
    }

    @Test
    void bomFileStartsWithTheUtf8BomAndIsOtherwiseValid() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(DefectCorpus.BOM_FILE));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        TestCsv.Table table = TestCsv.read(dir.resolve(DefectCorpus.BOM_FILE), StandardCharsets.UTF_8, true);
        assertThat(table.header()).isEqualTo(SpecHeaders.SETTLEMENTS);
        assertThat(table.rows()).hasSize(result.bomRows());
        assertAllValid(table);
    }

    @Test
    void sameSeedWritesTheSameCorpus(@TempDir Path other) throws IOException {
        DefectCorpusResult again = DefectCorpus.write(other, MONTH, 7);
        for (int i = 0; i < result.files().size(); i++) {
            assertThat(Files.readAllBytes(again.files().get(i))).isEqualTo(Files.readAllBytes(result.files().get(i)));
        }
    }

    private static void assertAllValid(TestCsv.Table table) {
        SpecRules.Settlements rules = new SpecRules.Settlements(MONTH);
        for (TestCsv.Row row : table.rows()) {
            assertThat(rules.check(row)).as("line %d", row.line()).isEmpty();
        }
    }

    private static List<ExpectedDefect> defects(String file) {
        return result.expected().stream().filter(d -> d.file().equals(file)).toList();
    }

    private static Map<Long, ExpectedDefect> byLine(String file) {
        Map<Long, ExpectedDefect> map = new HashMap<>();
        defects(file).forEach(d -> map.put(d.line(), d));
        return map;
    }

    private static Map<ReasonCode, Integer> countByReason(String file) {
        Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
        defects(file).forEach(d -> counts.merge(d.reason(), 1, Integer::sum));
        return counts;
    }
}
