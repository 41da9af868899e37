package org.fundclear.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FormatsAndMoneyTest {

    @Test
    void moneyHasExactlyTwoDecimals() {
        assertThat(Formats.money(13250)).isEqualTo("132.50");
        assertThat(Formats.money(5)).isEqualTo("0.05");
        assertThat(Formats.money(0)).isEqualTo("0.00");
        assertThat(Formats.money(-8800)).isEqualTo("-88.00");
        assertThat(Formats.money(-1)).isEqualTo("-0.01");
    }

    @Test
    void scaledValuesDropTrailingZerosDownToTheMinimum() {
        assertThat(Formats.scaled4(30_000, 0)).isEqualTo("3");
        assertThat(Formats.scaled4(125_000, 0)).isEqualTo("12.5");
        assertThat(Formats.scaled4(1_234, 0)).isEqualTo("0.1234");
        assertThat(Formats.scaled4(98_000, 2)).isEqualTo("9.80");
        assertThat(Formats.scaled4(1_550, 2)).isEqualTo("0.155");
    }

    @Test
    void datesAndTimesUseTheSpecPatterns() {
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 1, 2, 3, 4, 5))).isEqualTo("2026-01-02 03:04:05");
        assertThat(Formats.date(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void lineAmountIsHalfUpToTheFen() {
        assertThat(Money.lineAmount(30_000, 12_350)).isEqualTo(371); // 3 × 1.2350 = 3.705 → 3.71
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long cnt4 = rng.nextLong(10_000_000);
            long pric4 = rng.nextLong(100_000_000);
            BigDecimal exact = BigDecimal.valueOf(cnt4, 4).multiply(BigDecimal.valueOf(pric4, 4))
                    .setScale(2, RoundingMode.HALF_UP);
            assertThat(Money.lineAmount(cnt4, pric4)).isEqualTo(exact.movePointRight(2).longValueExact());
        }
    }

    @Test
    void certNoCheckCharacterFollowsGb11643() {
        assertThat(CertNo.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(CertNo.of("530900", LocalDate.of(1990, 2, 28), 123)).isEqualTo("530900199002281234");
    }
}
