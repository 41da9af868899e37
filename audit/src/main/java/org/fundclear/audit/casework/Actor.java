package org.fundclear.audit.casework;

import java.util.Objects;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;

/** Who acts: the user's name, roles and the regions they may see; {@code unmask} is the right to see PII. */
public record Actor(String user, Set<Role> roles, RegionScope scope, boolean unmask) {
    public Actor {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(scope, "scope");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
