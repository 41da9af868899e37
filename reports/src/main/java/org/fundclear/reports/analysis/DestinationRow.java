package org.fundclear.reports.analysis;

import java.math.BigDecimal;

/**
 * One destination of the region's insured (the region as insured region only): a treatment region of the same
 * province, or another province ({@code xx0000}). Outpatient is general plus chronic outpatient.
 */
public record DestinationRow(String period, String destAdmdvs, String destName,
                             long inpatientPersons, long inpatientSetlCnt, long inpatientDays, BigDecimal inpatientMedfee,
                             long outpatientPersons, long outpatientSetlCnt, BigDecimal outpatientMedfee,
                             long pharmacyPersons, long pharmacySetlCnt, BigDecimal pharmacyMedfee) {
}
