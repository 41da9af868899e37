package org.fundclear.clearing.access;

/** What the append-only user event table records. */
public enum UserEventType {
    ADDED, DISABLED, PASSWORD_RESET, LOGIN, LOGIN_FAILED, LOCKED
}
