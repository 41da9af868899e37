package org.fundclear.generator;

import java.time.LocalDate;

/**
 * A cross-region care filing (异地就医备案).
 *
 * @param destAdmdvs the treatment region, or its whole province (xx0000)
 * @param enddate    null for the long-term types
 */
record Filing(String psnNo, String filType, String insuAdmdvs, String destAdmdvs, LocalDate begndate,
              LocalDate enddate) {
}
