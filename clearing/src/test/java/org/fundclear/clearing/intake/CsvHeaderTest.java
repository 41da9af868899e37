package org.fundclear.clearing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns by name in any order; a column asked for where it is expected is found without a lookup. */
class CsvHeaderTest {
    private final CsvHeader header = new CsvHeader(List.of("\uFEFFSetl_ID", "psn_no", " setl_id ", "hifp_pay"));

    @Test
    void aColumnIsFoundWhereverItIsAndItsFirstOccurrenceWins() {
        assertThat(header.indexOf("setl_id")).isZero();
        assertThat(header.indexOf("hifp_pay")).isEqualTo(3);
        assertThat(header.indexOf("acct_pay")).isEqualTo(-1);
        assertThat(header.name(0)).isEqualTo("setl_id");
    }

    @Test
    void theExpectedPositionIsOnlyAHint() {
        assertThat(header.indexOf("psn_no", 1)).isEqualTo(1);
        assertThat(header.indexOf("psn_no", 3)).as("not there: looked up").isEqualTo(1);
        assertThat(header.indexOf("setl_id", 2)).as("a later duplicate is never the column").isZero();
        assertThat(header.indexOf("hifp_pay", 99)).isEqualTo(3);
        assertThat(header.indexOf("acct_pay", 0)).isEqualTo(-1);
        assertThat(header.indexOf(new String("psn_no"), 1)).as("an equal name that is not the constant").isEqualTo(1);
    }

    @Test
    void theParsersAskWithTheFieldsConstantNamesWhichTheHintComparesByIdentity() {
        assertThat(SETTLEMENT.PSN_NO.getName()).isSameAs("psn_no");
    }
}
