package org.fundclear.clearing.intake;

import java.nio.file.Path;

/** The file's CSV structure is broken (e.g. an unterminated quote), so its lines cannot be told apart. */
public final class MalformedCsvException extends RuntimeException {
    public MalformedCsvException(Path file, RuntimeException cause) {
        super(file.getFileName() + ": CSV structure is broken (" + cause.getMessage()
                + "); check quoting near that line and import the file again", cause);
    }
}
