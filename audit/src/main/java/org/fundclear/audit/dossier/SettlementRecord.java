package org.fundclear.audit.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A settlement as a case page shows it, with its fee lines (empty for the timeline and for inpatient stays). */
public record SettlementRecord(String setlId, String psnNo, String institutionCode, String institutionName,
                               String insuAdmdvs, String treatmentAdmdvs, String medType, String diagnosis,
                               LocalDateTime setlTime, BigDecimal medfeeSumamt, BigDecimal fundPaySumamt,
                               BigDecimal acctPay, boolean reversal, List<FeeItem> fees) {
}
