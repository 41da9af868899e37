package org.fundclear.reports.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan written in Chinese capital numerals (大写金额) as cheques and statements require: 壹…玖 with
 * 拾佰仟 inside each four-digit section and 万/亿 between sections; one 零 for any run of zeros between non-zero
 * digits, except that a zero 万 (亿) digit followed by a non-zero 千 digit needs none (the rules allow either; the
 * official example ￥107000.53 is 壹拾万柒仟元零伍角叁分); 零 between 元 and 角 or 分 when the yuan digit is zero;
 * 整 after 元 or 角 when there are no 分; 负 before a negative amount.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String of(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        if (fen.signum() < 0) {
            return "负" + of(amount.negate());
        }
        long total = fen.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int cents = (int) (total % 10);
        StringBuilder out = new StringBuilder(integer(yuan));
        if (yuan > 0 || (jiao == 0 && cents == 0)) {
            out.append(yuan == 0 ? "零" : "").append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.append('整').toString();
        }
        if (yuan > 0 && (jiao == 0 || yuan % 10 == 0)) {
            out.append('零');
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        return cents == 0 ? out.append('整').toString() : out.append(DIGITS.charAt(cents)).append('分').toString();
    }

    /** Whole yuan in capitals, "" for zero. */
    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int s = SECTIONS.length - 1; s >= 0; s--) {
            int section = (int) (n / (long) Math.pow(10_000, s) % 10_000);
            if (section == 0) {
                zeroPending |= out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || section < 1000)) {
                out.append('零');
            }
            out.append(section(section)).append(SECTIONS[s]);
            zeroPending = false;
        }
        return out.toString();
    }

    /** One section of 1–9999 in capitals, inner zero runs as one 零, trailing zeros left out. */
    private static String section(int section) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = section / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                }
                out.append(DIGITS.charAt(digit)).append(PLACES[place]);
                zero = false;
            }
        }
        return out.toString();
    }
}
