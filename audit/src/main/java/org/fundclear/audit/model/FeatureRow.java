package org.fundclear.audit.model;

import java.math.BigDecimal;

/** One subject-month's behaviour features (already log-transformed where skewed), its peer group and money paid. */
public record FeatureRow(String subjectId, String peerGroup, BigDecimal paid, double[] features) {
}
