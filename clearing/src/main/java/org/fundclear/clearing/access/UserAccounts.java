package org.fundclear.clearing.access;

import static org.fundclear.sql.jooq.Tables.CONSOLE_USER;
import static org.fundclear.sql.jooq.Tables.CONSOLE_USER_EVENT;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.sql.jooq.Sequences;
import org.fundclear.sql.jooq.tables.records.ConsoleUserRecord;
import org.jooq.DSLContext;

/**
 * Owner of {@code console_user} and {@code console_user_event}: who may use the console, their password hash and the
 * login lock (kept in the database so that it holds across restarts and across processes).
 */
public final class UserAccounts {
    private final Clock clock;

    public UserAccounts(Clock clock) {
        this.clock = clock;
    }

    public Optional<UserAccount> find(DSLContext dsl, String name) {
        return dsl.selectFrom(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name)).fetchOptional().map(UserAccounts::account);
    }

    public Optional<String> passwordHash(DSLContext dsl, String name) {
        return dsl.select(CONSOLE_USER.PASSWORD_HASH).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchOptional(CONSOLE_USER.PASSWORD_HASH);
    }

    public List<UserAccount> list(DSLContext dsl) {
        return dsl.selectFrom(CONSOLE_USER).orderBy(CONSOLE_USER.USER_NAME).fetch(UserAccounts::account);
    }

    /** Adds a user; false when the name is taken (nothing changes then). */
    public boolean add(DSLContext dsl, String name, Set<Role> roles, RegionScope scope, boolean unmask,
                       String passwordHash, String by) {
        if (find(dsl, name).isPresent()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        dsl.insertInto(CONSOLE_USER)
                .set(CONSOLE_USER.USER_NAME, name)
                .set(CONSOLE_USER.PASSWORD_HASH, passwordHash)
                .set(CONSOLE_USER.ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .set(CONSOLE_USER.REGIONS, scope.all() ? null : String.join(",", scope.regions()))
                .set(CONSOLE_USER.UNMASK, flag(unmask))
                .set(CONSOLE_USER.ENABLED, flag(true))
                .set(CONSOLE_USER.FAILED_LOGINS, 0L)
                .set(CONSOLE_USER.CREATED_AT, now)
                .set(CONSOLE_USER.CREATED_BY, by)
                .execute();
        record(dsl, name, UserEventType.ADDED, by, "roles=" + roles.stream().map(Role::name).sorted().toList()
                + " regions=" + scope + " unmask=" + unmask);
        return true;
    }

    /** Disables a user; false when there is no such user. */
    public boolean disable(DSLContext dsl, String name, String by) {
        if (dsl.update(CONSOLE_USER).set(CONSOLE_USER.ENABLED, flag(false)).where(CONSOLE_USER.USER_NAME.eq(name))
                .execute() == 0) {
            return false;
        }
        record(dsl, name, UserEventType.DISABLED, by, null);
        return true;
    }

    /** Sets a new password hash and lifts the lock; false when there is no such user. */
    public boolean resetPassword(DSLContext dsl, String name, String passwordHash, String by) {
        if (dsl.update(CONSOLE_USER).set(CONSOLE_USER.PASSWORD_HASH, passwordHash)
                .set(CONSOLE_USER.FAILED_LOGINS, 0L).setNull(CONSOLE_USER.LOCKED_UNTIL)
                .where(CONSOLE_USER.USER_NAME.eq(name)).execute() == 0) {
            return false;
        }
        record(dsl, name, UserEventType.PASSWORD_RESET, by, null);
        return true;
    }

    /**
     * Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code lock} (and starts the
     * count again). Returns whether this attempt locked it. Unknown names are not recorded.
     */
    public boolean loginFailed(DSLContext dsl, String name, int maxFailures, Duration lock) {
        if (dsl.update(CONSOLE_USER).set(CONSOLE_USER.FAILED_LOGINS, CONSOLE_USER.FAILED_LOGINS.plus(1L))
                .where(CONSOLE_USER.USER_NAME.eq(name)).execute() == 0) {
            return false;
        }
        record(dsl, name, UserEventType.LOGIN_FAILED, name, null);
        LocalDateTime now = LocalDateTime.now(clock);
        int locked = dsl.update(CONSOLE_USER)
                .set(CONSOLE_USER.LOCKED_UNTIL, now.plus(lock))
                .set(CONSOLE_USER.FAILED_LOGINS, 0L)
                .where(CONSOLE_USER.USER_NAME.eq(name)).and(CONSOLE_USER.FAILED_LOGINS.ge((long) maxFailures))
                .execute();
        if (locked > 0) {
            record(dsl, name, UserEventType.LOCKED, name, "until " + now.plus(lock));
        }
        return locked > 0;
    }

    public void loginSucceeded(DSLContext dsl, String name) {
        dsl.update(CONSOLE_USER).set(CONSOLE_USER.FAILED_LOGINS, 0L).where(CONSOLE_USER.USER_NAME.eq(name)).execute();
        record(dsl, name, UserEventType.LOGIN, name, null);
    }

    /** The queue filter the user saved as their default (a query string), if any. */
    public Optional<String> queueFilter(DSLContext dsl, String name) {
        return dsl.select(CONSOLE_USER.QUEUE_FILTER).from(CONSOLE_USER).where(CONSOLE_USER.USER_NAME.eq(name))
                .fetchOptional(CONSOLE_USER.QUEUE_FILTER);
    }

    public void saveQueueFilter(DSLContext dsl, String name, String filter) {
        dsl.update(CONSOLE_USER).set(CONSOLE_USER.QUEUE_FILTER, filter).where(CONSOLE_USER.USER_NAME.eq(name)).execute();
    }

    public List<UserEvent> events(DSLContext dsl, String name) {
        return dsl.selectFrom(CONSOLE_USER_EVENT).where(CONSOLE_USER_EVENT.USER_NAME.eq(name))
                .orderBy(CONSOLE_USER_EVENT.ID)
                .fetch(r -> new UserEvent(r.getId(), r.getUserName(), UserEventType.valueOf(r.getEventType()),
                        r.getEventBy(), r.getEventAt(), r.getDetail()));
    }

    private void record(DSLContext dsl, String name, UserEventType type, String by, String detail) {
        dsl.insertInto(CONSOLE_USER_EVENT)
                .set(CONSOLE_USER_EVENT.ID, dsl.nextval(Sequences.CONSOLE_USER_EVENT_SEQ))
                .set(CONSOLE_USER_EVENT.USER_NAME, name)
                .set(CONSOLE_USER_EVENT.EVENT_TYPE, type.name())
                .set(CONSOLE_USER_EVENT.EVENT_BY, by)
                .set(CONSOLE_USER_EVENT.EVENT_AT, LocalDateTime.now(clock))
                .set(CONSOLE_USER_EVENT.DETAIL, detail)
                .execute();
    }

    private static UserAccount account(ConsoleUserRecord r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        split(r.getRoles()).forEach(x -> roles.add(Role.valueOf(x)));
        return new UserAccount(r.getUserName(), roles, new RegionScope(Set.copyOf(split(r.getRegions()))),
                "Y".equals(r.getUnmask()), "Y".equals(r.getEnabled()), r.getFailedLogins().intValue(),
                r.getLockedUntil(), r.getCreatedAt(), r.getCreatedBy());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }

    private static String flag(boolean b) {
        return b ? "Y" : "N";
    }
}
