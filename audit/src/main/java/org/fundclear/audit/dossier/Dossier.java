package org.fundclear.audit.dossier;

import java.util.List;
import java.util.Optional;

/**
 * The subject's records behind a case: register entry, evidence settlements with fee lines, a person's 90-day
 * timeline and rings, and the peer figures a model compared the subject with.
 */
public record Dossier(Optional<Subject> subject, List<SettlementRecord> evidence, List<SettlementRecord> timeline,
                      List<Ring> rings, Optional<PeerFigures> peers) {
}
