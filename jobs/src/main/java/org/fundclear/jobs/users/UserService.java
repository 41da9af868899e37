package org.fundclear.jobs.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.access.UserAccount;
import org.fundclear.clearing.access.UserAccounts;
import org.fundclear.jobs.config.UsageException;
import org.jooq.DSLContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's users (spec/cli.md `user`): called by the CLI and by the console's login. Passwords are hashed with
 * Spring Security's delegating encoder (bcrypt); 5 wrong passwords in a row lock an account for 15 minutes.
 */
@Service
public class UserService {
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final Clock clock;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public UserService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.accounts = new UserAccounts(clock);
    }

    /** Adds a user; false when one of that name exists already (nothing changes then). */
    @Transactional
    public boolean add(String name, Set<Role> roles, RegionScope scope, boolean unmask, String password, String by) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{2,60}")) {
            throw new UsageException("a user name is 2 to 60 letters, digits, '.', '_' or '-': " + name);
        }
        if (roles.isEmpty()) {
            throw new UsageException("give the user at least one --role (" + List.of(Role.values()) + ")");
        }
        return accounts.add(dsl, name, roles, scope, unmask, encoder.encode(checked(password)), by);
    }

    /**
     * One demo user per role, named after it in lower case (the administrator may also unmask), each with a random
     * password. Returns the users created now and their passwords; users that exist already keep theirs.
     */
    @Transactional
    public Map<String, String> addDemoUsers(String by) {
        Map<String, String> created = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            String password = randomPassword();
            if (accounts.add(dsl, name, Set.of(role), RegionScope.ALL, role == Role.ADMIN, encoder.encode(password), by)) {
                created.put(name, password);
            }
        }
        return created;
    }

    public List<UserAccount> list() {
        return accounts.list(dsl);
    }

    public Optional<UserAccount> find(String name) {
        return accounts.find(dsl, name);
    }

    @Transactional
    public void disable(String name, String by) {
        if (!accounts.disable(dsl, name, by)) {
            throw unknown(name);
        }
    }

    @Transactional
    public void resetPassword(String name, String password, String by) {
        if (!accounts.resetPassword(dsl, name, encoder.encode(checked(password)), by)) {
            throw unknown(name);
        }
    }

    public Optional<String> passwordHash(String name) {
        return accounts.passwordHash(dsl, name);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public boolean locked(UserAccount account) {
        return account.lockedAt(LocalDateTime.now(clock));
    }

    /** A wrong password for {@code name}; returns whether this attempt locked the account. */
    @Transactional
    public boolean loginFailed(String name) {
        return accounts.loginFailed(dsl, name, MAX_FAILED_LOGINS, LOCK);
    }

    @Transactional
    public void loginSucceeded(String name) {
        accounts.loginSucceeded(dsl, name);
    }

    public Optional<String> queueFilter(String name) {
        return accounts.queueFilter(dsl, name);
    }

    @Transactional
    public void saveQueueFilter(String name, String filter) {
        accounts.saveQueueFilter(dsl, name, filter);
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String checked(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UsageException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private static UsageException unknown(String name) {
        return new UsageException("no user named " + name + " (./fundclear user list shows them)");
    }
}
