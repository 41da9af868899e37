package org.fundclear.audit.dossier;

import java.math.BigDecimal;

/** A member of a co-visit ring and the days they settled at the same institution on the same day as the subject. */
public record RingMember(String psnNo, long pairCount, BigDecimal volaAmt, long sharedDaysWithSubject) {
}
