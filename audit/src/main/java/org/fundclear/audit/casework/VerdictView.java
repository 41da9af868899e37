package org.fundclear.audit.casework;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A decision on a case (违规处理) with its deductions; a reversed decision stays, with the event that reversed it. */
public record VerdictView(long id, String verdict, String reasonCode, String decidedBy, LocalDateTime decidedAt,
                          String source, List<Deduction> deductions, BigDecimal total, boolean reversed) {
}
