package org.fundclear.jobs.web;

import java.util.regex.Pattern;

/**
 * Personal data as a page shows it (used in templates as {@code m}): insurance numbers, names and ID numbers are
 * masked unless the page was asked for unmasked by a user with the right to it. Institution and doctor codes are not
 * personal data.
 */
public record Masker(boolean unmasked) {
    public static final Masker MASKED = new Masker(false);
    /** A personal number inside free text (an insurance number in a ring id, an ID number in a comment). */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{14,}[\\dXx]");

    public String psn(String psnNo) {
        if (unmasked || psnNo == null || psnNo.length() <= 8) {
            return unmasked || psnNo == null ? psnNo : "*".repeat(psnNo.length());
        }
        return psnNo.substring(0, 4) + "*".repeat(psnNo.length() - 8) + psnNo.substring(psnNo.length() - 4);
    }

    /** A case's subject id: masked only for a person. */
    public String subject(String type, String id) {
        return "PERSON".equals(type) ? psn(id) : id;
    }

    public String name(String name) {
        if (unmasked || name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** An ID number keeps its region prefix (3 characters) and last character. */
    public String certno(String certno) {
        if (unmasked || certno == null || certno.length() < 5) {
            return certno;
        }
        return certno.substring(0, 3) + "*".repeat(certno.length() - 4) + certno.substring(certno.length() - 1);
    }

    /** Free text (explanations, ring ids, comments) with every long personal number in it masked. */
    public String text(String text) {
        if (unmasked || text == null) {
            return text;
        }
        return LONG_NUMBER.matcher(text).replaceAll(r -> psn(r.group()));
    }
}
