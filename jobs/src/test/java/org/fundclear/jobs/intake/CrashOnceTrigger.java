package org.fundclear.jobs.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/** An H2 trigger that makes the N-th insert fail once, as a crash in the middle of a file would. */
public class CrashOnceTrigger implements Trigger {
    static final AtomicInteger COUNTDOWN = new AtomicInteger(-1);

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (COUNTDOWN.get() > 0 && COUNTDOWN.decrementAndGet() == 0) {
            throw new SQLException("simulated crash during the import");
        }
    }
}
