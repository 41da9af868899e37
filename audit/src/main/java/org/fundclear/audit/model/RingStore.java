package org.fundclear.audit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.scope.AuditScope;
import org.jooq.DSLContext;

/** Writes the month's co-visit rings as group records (audit_ring, audit_ring_member), replacing earlier ones. */
final class RingStore {

    /**
     * One ring: its members with the pairs each is in and the amount of their ring visits; drugSimilarity is the
     * mean Jaccard similarity of the members' drugs over the window.
     */
    record Ring(String ringId, Map<String, Integer> memberPairs, Map<String, BigDecimal> memberAmounts, int pairCount,
                double density, int maxCoDays, double minAdjustedP, Set<String> institutions, double drugSimilarity) {

        BigDecimal amount() {
            return memberAmounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final Clock clock;

    private static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    RingStore(Clock clock) {
        this.clock = clock;
    }

    void replace(AuditScope scope, List<Ring> rings) {
        String month = scope.month().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        scope.dsl().transaction(tx -> {
            DSLContext dsl = tx.dsl();
            dsl.execute("DELETE FROM audit_ring_member WHERE cycle_month = ?", month);
            dsl.execute("DELETE FROM audit_ring WHERE cycle_month = ?", month);
            for (Ring ring : rings) {
                dsl.execute("INSERT INTO audit_ring (cycle_month, ring_id, member_count, pair_count, density,"
                        + " max_co_days, min_adjusted_p, institutions, vola_amt, created_at, drug_similarity)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", month, ring.ringId(), ring.memberPairs().size(),
                        ring.pairCount(), fraction(ring.density()), ring.maxCoDays(), ring.minAdjustedP(),
                        String.join(",", ring.institutions()), ring.amount(), now, fraction(ring.drugSimilarity()));
                for (Map.Entry<String, Integer> member : ring.memberPairs().entrySet()) {
                    dsl.execute("INSERT INTO audit_ring_member (cycle_month, ring_id, psn_no, pair_count, vola_amt)"
                            + " VALUES (?, ?, ?, ?, ?)", month, ring.ringId(), member.getKey(), member.getValue(),
                            ring.memberAmounts().get(member.getKey()));
                }
            }
        });
    }
}
