package org.fundclear.clearing.access;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A console user as stored: roles, the regions they may see, the right to see names and ID numbers unmasked, and the
 * login lock. The password hash stays in {@link UserAccounts}; nothing here is secret.
 */
public record UserAccount(String name, Set<Role> roles, RegionScope scope, boolean unmask, boolean enabled,
                          int failedLogins, LocalDateTime lockedUntil, LocalDateTime createdAt, String createdBy) {
    public UserAccount {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(scope, "scope");
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
