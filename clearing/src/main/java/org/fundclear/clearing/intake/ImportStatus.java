package org.fundclear.clearing.intake;

/** Where a file's import stands. */
public enum ImportStatus {
    /** Lines are being loaded; an interrupted import stays here until it is run again. */
    LOADING,
    /** Every line is loaded, rejected or counted as a repeat. */
    LOADED,
    /** The whole file was refused (E16 invalid encoding); nothing of it is loaded. */
    REJECTED
}
