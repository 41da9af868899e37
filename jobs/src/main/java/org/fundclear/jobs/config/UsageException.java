package org.fundclear.jobs.config;

/** A user mistake on the command line: the message says what is wrong and how to fix it (exit 2). */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
