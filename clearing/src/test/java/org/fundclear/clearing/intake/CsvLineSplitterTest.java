package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 on one physical line: quoted commas and doubled quotes; an open quote at the end is flagged. */
class CsvLineSplitterTest {

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        assertThat(CsvLineSplitter.split("a,\"b,c\",\"say \"\"hi\"\"\",,d")).isEqualTo(
                new CsvLineSplitter.Split(List.of("a", "b,c", "say \"hi\"", "", "d"), false));
        assertThat(CsvLineSplitter.split("")).isEqualTo(new CsvLineSplitter.Split(List.of(""), false));
        assertThat(CsvLineSplitter.split("x,")).isEqualTo(new CsvLineSplitter.Split(List.of("x", ""), false));
        assertThat(CsvLineSplitter.split("5\"2,b")).as("a quote inside an unquoted field is text")
                .isEqualTo(new CsvLineSplitter.Split(List.of("5\"2", "b"), false));
        assertThat(CsvLineSplitter.split("\"ab\"cd,\"\"x,\"a\"\"b\"\"c\"", 3)).as("text after a closing quote is the field's")
                .isEqualTo(new CsvLineSplitter.Split(List.of("abcd", "x", "a\"b\"c"), false));
    }

    @Test
    void aQuoteLeftOpenIsTheLinesDefect() {
        assertThat(CsvLineSplitter.split("S1,\"张三,530900")).isEqualTo(
                new CsvLineSplitter.Split(List.of("S1", "张三,530900"), true));
        assertThat(CsvLineSplitter.split("S1,\"ends with \"\"")).isEqualTo(
                new CsvLineSplitter.Split(List.of("S1", "ends with \""), true));
    }
}
