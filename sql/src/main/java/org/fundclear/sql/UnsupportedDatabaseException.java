package org.fundclear.sql;

/** The configured database cannot be used by this build; the message says what to do instead. */
public class UnsupportedDatabaseException extends RuntimeException {
    public UnsupportedDatabaseException(String message) {
        super(message);
    }
}
