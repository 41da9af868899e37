package org.fundclear.generator.audit;

/**
 * A row of audit-truth.csv.
 *
 * @param label   FRAUD for a planted pattern, LOOKALIKE for legitimate behaviour that must not be flagged
 * @param pattern e.g. SAME_DAY_MULTI_INSTITUTION, DIALYSIS
 * @param backing RULE when a rule of the library targets the pattern, MODEL when only the detectors can find it
 */
public record TruthRow(String subjectType, String subjectId, String label, String pattern, String backing) {
    public static final String HEADER = "subject_type,subject_id,label,pattern,backing";
}
