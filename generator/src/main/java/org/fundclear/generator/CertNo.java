package org.fundclear.generator;

import java.time.LocalDate;

/** Resident identity numbers per GB 11643-1999: region(6) + birth date(8) + sequence(3, odd = male) + check. */
final class CertNo {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private CertNo() {
    }

    /** @param sequence 1..999; its parity must match the gender (odd male, even female) */
    static String of(String region, LocalDate birthDate, int sequence) {
        String first17 = region + Formats.date(birthDate).replace("-", "") + Formats.zeroPad(sequence, 3);
        return first17 + checkChar(first17);
    }

    static char checkChar(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }
}
