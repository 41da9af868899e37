package org.fundclear.audit.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document's name and SHA-256, as the trail keeps it (the document itself stays in the user's files). */
public record Attachment(String name, String sha256) {
    public static Attachment of(String name, byte[] content) {
        try {
            return new Attachment(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
