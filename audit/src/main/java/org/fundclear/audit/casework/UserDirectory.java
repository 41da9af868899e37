package org.fundclear.audit.casework;

import java.util.Optional;

/** Who a named user is for the workflow (roles, regions, unmask right); empty for an unknown or disabled user. */
@FunctionalInterface
public interface UserDirectory {
    Optional<Actor> actor(String user);
}
