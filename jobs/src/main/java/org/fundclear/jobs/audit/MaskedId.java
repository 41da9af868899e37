package org.fundclear.jobs.audit;

/** Masks an identifier for the terminal: insurance numbers are personal data, institution codes are not. */
final class MaskedId {
    private MaskedId() {
    }

    static String of(String subjectType, String id) {
        if (!"PERSON".equals(subjectType) || id.length() <= 8) {
            return id;
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
