package org.fundclear.audit.dossier;

import java.math.BigDecimal;
import java.util.List;

/** A co-visit ring (团伙, table audit_ring) the subject belongs to, with every member. */
public record Ring(String ringId, long memberCount, long pairCount, BigDecimal density, long maxCoDays,
                   BigDecimal drugSimilarity, String institutions, BigDecimal volaAmt, List<RingMember> members) {
}
