package org.fundclear.clearing.cycle;

import static org.fundclear.sql.jooq.Tables.RUN_LOCK;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.fundclear.sql.SqlErrors;
import org.fundclear.sql.jooq.tables.records.RunLockRecord;
import org.jooq.DSLContext;


/**
 * A lease on a named run (e.g. the clearing of one month) shared by every process on the database.
 * The holder renews its heartbeat; a lease is free again when its heartbeat is older than the stale
 * limit, or at once when the holder was a process on this host that no longer exists (kill -9).
 * Statements run on their own (autocommit), outside any job transaction.
 */
public final class RunLock {
    private final Clock clock;
    private final Duration staleAfter;

    public RunLock(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** This process, as {@code host:pid}. */
    public static String currentOwner() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + ":" + ProcessHandle.current().pid();
    }

    /** Takes the lease, or returns who holds it. */
    public Optional<String> tryAcquire(DSLContext dsl, String name, String owner) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            dsl.insertInto(RUN_LOCK).set(RUN_LOCK.LOCK_NAME, name).set(RUN_LOCK.OWNER, owner)
                    .set(RUN_LOCK.ACQUIRED_AT, now).set(RUN_LOCK.HEARTBEAT_AT, now).execute();
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!SqlErrors.isIntegrityViolation(e)) {
                throw e;
            }
            RunLockRecord held = dsl.selectFrom(RUN_LOCK).where(RUN_LOCK.LOCK_NAME.eq(name)).fetchOne();
            if (held == null) {
                return tryAcquire(dsl, name, owner);
            }
            if (held.getOwner().equals(owner) || isAbandoned(held, now)) {
                int taken = dsl.update(RUN_LOCK).set(RUN_LOCK.OWNER, owner).set(RUN_LOCK.ACQUIRED_AT, now)
                        .set(RUN_LOCK.HEARTBEAT_AT, now)
                        .where(RUN_LOCK.LOCK_NAME.eq(name)).and(RUN_LOCK.OWNER.eq(held.getOwner()))
                        .and(RUN_LOCK.HEARTBEAT_AT.eq(held.getHeartbeatAt()))
                        .execute();
                return taken == 1 ? Optional.empty() : Optional.of(held.getOwner());
            }
            return Optional.of(held.getOwner() + " (since " + held.getAcquiredAt().withNano(0) + ")");
        }
    }

    public void heartbeat(DSLContext dsl, String name, String owner) {
        dsl.update(RUN_LOCK).set(RUN_LOCK.HEARTBEAT_AT, LocalDateTime.now(clock))
                .where(RUN_LOCK.LOCK_NAME.eq(name)).and(RUN_LOCK.OWNER.eq(owner)).execute();
    }

    public void release(DSLContext dsl, String name, String owner) {
        dsl.deleteFrom(RUN_LOCK).where(RUN_LOCK.LOCK_NAME.eq(name)).and(RUN_LOCK.OWNER.eq(owner)).execute();
    }

    private boolean isAbandoned(RunLockRecord held, LocalDateTime now) {
        if (held.getHeartbeatAt().plus(staleAfter).isBefore(now)) {
            return true;
        }
        String owner = held.getOwner();
        int colon = owner.lastIndexOf(':');
        String host = owner.substring(0, Math.max(colon, 0));
        if (colon < 0 || !host.equals(currentOwner().substring(0, currentOwner().lastIndexOf(':')))) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(owner.substring(colon + 1))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
