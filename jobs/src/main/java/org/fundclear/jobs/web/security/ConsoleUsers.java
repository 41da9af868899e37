package org.fundclear.jobs.web.security;

import org.fundclear.jobs.users.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of the console's users, read from the database at every login: a disabled account or one
 * locked after failed logins is refused even with the right password. (Also keeps Boot from inventing a user.)
 */
@Component
public class ConsoleUsers implements UserDetailsService {
    private final UserService users;

    public ConsoleUsers(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return users.find(name)
                .map(a -> new ConsoleUser(a, users.passwordHash(name).orElseThrow(), users.locked(a)))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
