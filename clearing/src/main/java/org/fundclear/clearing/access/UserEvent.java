package org.fundclear.clearing.access;

import java.time.LocalDateTime;

/** One entry of a user's trail: appended, never changed. */
public record UserEvent(long id, String user, UserEventType type, String by, LocalDateTime at, String detail) {
}
