package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettlementParsingTest {
    private static final CycleMonth OCTOBER = CycleMonth.parse("2026-10");
    private final LineInterpreter<SettlementRecord> interpreter = new LineInterpreter<>(IntakeKind.SETTLEMENTS,
            new CsvHeader(SettlementLines.HEADER), OCTOBER);

    @Test
    void acceptsAValidLineWithExactAmountsAndEmptyOptionalAmountsAsZero() {
        ParsedLine<SettlementRecord> parsed = interpreter.interpret(2, SettlementLines.valid("S1").fields());
        assertThat(parsed).isInstanceOf(ParsedLine.Accepted.class);
        SettlementRecord r = ((ParsedLine.Accepted<SettlementRecord>) parsed).record();
        assertThat(r.getMedfeeSumamt()).isEqualTo(new BigDecimal("261.50"));
        assertThat(r.getHifmiPay()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.getSetlMonth()).isEqualTo("2026-10");
        assertThat(r.getLateFlag()).isEqualTo("0");
        assertThat(r.getCycleMonth()).isEqualTo("2026-10");
    }

    @ParameterizedTest
    @CsvSource({"261.5, 261.50", "7, 7.00", "-0.05, -0.05", "0.00, 0.00", "-12, -12.00",
            "99999999999999.99, 99999999999999.99", "00012.30, 12.30"})
    void amountsAreExactAtTheColumnsScale(String text, String expected) {
        LineFields f = new LineFields(new CsvHeader(List.of("medfee_sumamt")), List.of(text));
        BigDecimal amount = f.amount(org.fundclear.sql.jooq.Tables.SETTLEMENT.MEDFEE_SUMAMT, true);
        assertThat(amount).isEqualTo(new BigDecimal(expected)); // equals: value and scale 2
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.5000", "123456789012.1234, 123456789012.1234", "3, 3.0000"})
    void quantitiesKeepFourDecimals(String text, String expected) {
        LineFields f = new LineFields(new CsvHeader(List.of("cnt")), List.of(text));
        assertThat(f.quantity(org.fundclear.sql.jooq.Tables.FEE_LINE.CNT, true)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void aSettlementOfAnEarlierMonthIsLateNotRejected() {
        var line = SettlementLines.valid("S1").set("setl_time", "2026-09-30 23:59:59");
        var r = ((ParsedLine.Accepted<SettlementRecord>) interpreter.interpret(2, line.fields())).record();
        assertThat(r.getLateFlag()).isEqualTo("1");
        assertThat(r.getSetlMonth()).isEqualTo("2026-09");
    }

    @Test
    void aReversalWithNegatedAmountsIsAccepted() {
        var reversal = SettlementLines.reversalOf(SettlementLines.valid("S1"), "R1");
        assertThat(interpreter.interpret(3, reversal.fields())).isInstanceOf(ParsedLine.Accepted.class);
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsE01() {
        List<String> fields = new ArrayList<>(SettlementLines.valid("S1").fields());
        fields.remove(fields.size() - 1);
        assertRejected(fields, "E01", null);
    }

    @Test
    void aFileWithoutARequiredColumnRejectsEveryLineWithE17() {
        List<String> header = new ArrayList<>(SettlementLines.HEADER);
        header.remove("hifp_pay");
        var noColumn = new LineInterpreter<>(IntakeKind.SETTLEMENTS, new CsvHeader(header), OCTOBER);
        var parsed = noColumn.interpret(2, List.of());
        assertThat(parsed).isInstanceOf(ParsedLine.Rejected.class);
        assertThat(((ParsedLine.Rejected<?>) parsed).rejection().reason()).isEqualTo(RejectReason.MISSING_COLUMN);
        assertThat(((ParsedLine.Rejected<?>) parsed).rejection().field()).isEqualTo("hifp_pay");
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hifp_pay         | 15O.00              | E02 | hifp_pay
            hifp_pay         | 1.2.3               | E02 | hifp_pay
            acct_pay         | 50.001              | E03 | acct_pay
            setl_id          | ''                  | E04 | setl_id
            psn_no           | ''                  | E04 | psn_no
            setl_time        | ''                  | E04 | setl_time
            medfee_sumamt    | 261.51              | E05 | medfee_sumamt
            fund_pay_sumamt  | 161.00              | E05 | medfee_sumamt
            hifob_pay        | 1.00                | E06 | fund_pay_sumamt
            refd_setl_flag   | 1                   | E08 | init_setl_id
            mdtrtarea_admdvs | 530900              | E09 | mdtrtarea_admdvs
            insu_admdvs      | 53090               | E10 | insu_admdvs
            insu_admdvs      | 53A900              | E10 | insu_admdvs
            insutype         | 999                 | E11 | insutype
            med_type         | 99                  | E11 | med_type
            gend             | 5                   | E11 | gend
            refd_setl_flag   | 2                   | E11 | refd_setl_flag
            setl_time        | 2026-13-01 10:00:00 | E12 | setl_time
            brdy             | 1990-02-30          | E12 | brdy
            setl_time        | 2026/10/05 10:00:00 | E12 | setl_time
            setl_time        | 2026-11-01 00:00:00 | E13 | setl_time
            setl_id          | 12345678901234567890123456789012345678901 | E20 | setl_id
            """)
    void eachDefectHasItsOwnReason(String field, String value, String code, String rejectedField) {
        assertRejected(SettlementLines.valid("S1").set(field, value).fields(), code, rejectedField);
    }

    @Test
    void aNegativeAmountOnANormalRowIsE07EvenWhenTheSumsHold() {
        var line = SettlementLines.valid("S1").set("oth_pay", "-5.00").set("hifp_pay", "155.00");
        assertRejected(line.fields(), "E07", "oth_pay");
    }

    @Test
    void inpatientRowsNeedOrderedAdmissionAndDischargeDates() {
        var noStart = SettlementLines.valid("S1").set("med_type", "21").set("begndate", "");
        assertRejected(noStart.fields(), "E15", "begndate");
        var reversed = SettlementLines.valid("S1").set("med_type", "21").set("begndate", "2026-10-06");
        assertRejected(reversed.fields(), "E15", "enddate");
    }

    @Test
    void aReversalWithAPositiveAmountIsE18() {
        var reversal = SettlementLines.reversalOf(SettlementLines.valid("S1"), "R1").set("acct_pay", "50.00")
                .set("psn_cash_pay", "-151.50");
        assertRejected(reversal.fields(), "E18", "acct_pay");
    }

    @Test
    void localMedTypeSubCodesAreAccepted() {
        assertThat(interpreter.interpret(2, SettlementLines.valid("S1").set("med_type", "140104").fields()))
                .isInstanceOf(ParsedLine.Accepted.class);
    }

    private void assertRejected(List<String> fields, String code, String field) {
        ParsedLine<SettlementRecord> parsed = interpreter.interpret(7, fields);
        assertThat(parsed).as("line %s", fields).isInstanceOf(ParsedLine.Rejected.class);
        Rejection rejection = ((ParsedLine.Rejected<SettlementRecord>) parsed).rejection();
        assertThat(rejection.reason().code()).as(rejection.message()).isEqualTo(code);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.message()).isNotBlank();
    }
}
