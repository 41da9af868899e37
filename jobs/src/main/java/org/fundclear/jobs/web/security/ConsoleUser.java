package org.fundclear.jobs.web.security;

import java.util.Collection;
import java.util.List;
import org.fundclear.audit.casework.Actor;
import org.fundclear.clearing.access.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user: their stored account (roles, region scope, unmask right) as Spring Security sees it. */
public record ConsoleUser(UserAccount account, String passwordHash, boolean locked) implements UserDetails {

    /** Who acts in the case workflow: the service's queries apply this actor's region scope. */
    public Actor actor() {
        return new Actor(account.name(), account.roles(), account.scope(), account.unmask());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.name();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + account.name() + "]"; // never the hash
    }
}
