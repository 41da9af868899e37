package org.fundclear.jobs.users;

import java.util.Optional;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.UserDirectory;
import org.springframework.stereotype.Component;

/** The case workflow's view of the console users: an enabled user as an actor (assignments, verdicts files). */
@Component
public class ConsoleUserDirectory implements UserDirectory {
    private final UserService users;

    public ConsoleUserDirectory(UserService users) {
        this.users = users;
    }

    @Override
    public Optional<Actor> actor(String user) {
        return users.find(user).filter(a -> a.enabled())
                .map(a -> new Actor(a.name(), a.roles(), a.scope(), a.unmask()));
    }
}
