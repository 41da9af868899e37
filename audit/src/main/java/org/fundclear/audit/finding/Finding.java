package org.fundclear.audit.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One flag on one subject: which rule or model, how sure, the amount at risk, the evidence and the basis in words.
 *
 * @param score         0–1; 1 for a hard violation, otherwise how far beyond the threshold or the model's score
 * @param setlIds       evidence settlements (at most {@link #MAX_EVIDENCE} kept, most relevant first)
 * @param evidenceCount how many settlements the finding rests on in all
 */
public record Finding(SubjectType subjectType, String subjectId, String ruleId, Certainty certainty, double score,
                      BigDecimal volaAmt, List<String> setlIds, int evidenceCount, String explanation) {

    /** Keeps the joined list within the 4000-character column (settlement ids are at most 40 characters). */
    public static final int MAX_EVIDENCE = 90;

    public Finding {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(volaAmt, "volaAmt");
        if (setlIds.isEmpty() || explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a finding needs evidence and an explanation: " + ruleId + " " + subjectId);
        }
        setlIds = List.copyOf(setlIds.size() > MAX_EVIDENCE ? setlIds.subList(0, MAX_EVIDENCE) : setlIds);
        evidenceCount = Math.max(evidenceCount, setlIds.size());
    }

    public String subjectKey() {
        return subjectType + ":" + subjectId;
    }
}
