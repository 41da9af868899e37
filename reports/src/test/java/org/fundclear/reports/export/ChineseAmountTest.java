package org.fundclear.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 大写金额 by the usual rules for 零 and 整 (examples as in 支付结算办法's guidance). */
class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
            "0.00, 零元整",
            "0.05, 伍分",
            "0.50, 伍角整",
            "0.56, 伍角陆分",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            "105.00, 壹佰零伍元整",
            "1005.00, 壹仟零伍元整",
            "1680.32, 壹仟陆佰捌拾元零叁角贰分",
            "1680.30, 壹仟陆佰捌拾元零叁角整",
            "107000.53, 壹拾万柒仟元零伍角叁分",
            "1000001.00, 壹佰万零壹元整",
            "100010.10, 壹拾万零壹拾元零壹角整",
            "20000000.07, 贰仟万元零柒分",
            "6007.14, 陆仟零柒元壹角肆分",
            "325.04, 叁佰贰拾伍元零肆分",
            "100000000.00, 壹亿元整",
            "100000001.00, 壹亿零壹元整",
            "120005000.00, 壹亿贰仟万伍仟元整",
            "120000500.00, 壹亿贰仟万零伍佰元整",
            "100005000.00, 壹亿零伍仟元整",
            "-12.30, 负壹拾贰元叁角整"})
    void capitals(String amount, String words) {
        assertThat(ChineseAmount.of(new BigDecimal(amount))).isEqualTo(words);
    }
}
