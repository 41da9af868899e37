package org.fundclear.generator;

import java.util.List;

/**
 * What a chronic-disease outpatient (门诊慢特病) visit for one condition bills, and what it costs in a typical
 * month: dialysis and cancer drugs are what lift the med_type 14 average to about a thousand yuan.
 */
record ChronicRegimen(List<CatalogItem> items, double meanYuan) {
}
