package org.fundclear.sql;

import java.sql.SQLException;

/** Recognises database errors by SQLSTATE, whichever layer (jOOQ, Spring, JDBC) wrapped them. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** SQLSTATE class 23: a key or constraint refused the row (duplicate key on every vendor we support). */
    public static boolean isIntegrityViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
