package org.fundclear.audit.dossier;

import java.math.BigDecimal;

/**
 * The subject's month against its peer group (the group a model compares it with): settlements and amounts of the
 * subject, and the average of the {@code peers} subjects of the group.
 */
public record PeerFigures(String group, long peers, long settlements, BigDecimal amount, BigDecimal perSettlement,
                          BigDecimal peerSettlements, BigDecimal peerAmount, BigDecimal peerPerSettlement) {
}
