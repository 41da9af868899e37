package org.fundclear.audit.scope;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/**
 * What one audit run looks at: a database and the cycle month whose settlements are audited. The working tables
 * are built the first time a stage asks for them ({@link #prepareLookBack}, {@link #prepare}), once per scope.
 */
public final class AuditScope {
    private final DSLContext dsl;
    private final CycleMonth month;
    private final Object lookBackLock = new Object();
    private boolean lookBackPrepared;
    private boolean prepared;
    private final Map<String, Long> snapshotMillis = new LinkedHashMap<>();
    private final Map<Integer, DrugSupply> drugSupply = new HashMap<>();

    public AuditScope(DSLContext dsl, CycleMonth month) {
        this.dsl = dsl;
        this.month = month;
    }

    /**
     * A scope over the working tables an earlier step of a partitioned audit built for this month (perhaps in
     * another process): they are read, never built again.
     */
    public static AuditScope attached(DSLContext dsl, CycleMonth month) {
        AuditScope scope = afterLookBack(dsl, month);
        scope.prepared = true;
        return scope;
    }

    /** A scope whose audit_reversed an earlier step built: {@link #prepare} builds the month's snapshot only. */
    public static AuditScope afterLookBack(DSLContext dsl, CycleMonth month) {
        AuditScope scope = new AuditScope(dsl, month);
        scope.lookBackPrepared = true;
        return scope;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public CycleMonth month() {
        return month;
    }

    /**
     * Builds audit_reversed unless this scope already did: all that the look-back stages (which read settlement
     * over 90 days) need, so they can start while the month's snapshot is still being built.
     */
    public AuditScope prepareLookBack() {
        synchronized (lookBackLock) {
            if (!lookBackPrepared) {
                AuditVisits.buildReversed(this);
                lookBackPrepared = true;
            }
        }
        return this;
    }

    /** Builds audit_reversed and the month's audit_visit and audit_item rows unless this scope already did. */
    public synchronized AuditScope prepare() {
        if (!prepared) {
            prepareLookBack();
            timed("audit_visit", () -> AuditVisits.buildVisits(this));
            timed("audit_item", () -> AuditVisits.buildItems(this));
            prepared = true;
        }
        return this;
    }

    /** The days of each drug each person obtained in the window of {@code days} days, built once per window. */
    public DrugSupply drugSupply(int days) {
        prepareLookBack();
        synchronized (drugSupply) {
            return drugSupply.computeIfAbsent(days, d -> DrugSupply.load(this, d));
        }
    }

    /** How long each working table of the month took to build, in build order (empty until {@link #prepare}). */
    public synchronized Map<String, Long> snapshotMillis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(snapshotMillis));
    }

    private void timed(String table, Runnable build) {
        long start = System.nanoTime();
        build.run();
        snapshotMillis.put(table, (System.nanoTime() - start) / 1_000_000);
    }

    public LocalDate firstDay() {
        return month.value().atDay(1);
    }

    public LocalDate lastDay() {
        return month.value().atEndOfMonth();
    }

    /** Start of a look-back window of {@code days} days that ends with the month's last day. */
    public Timestamp windowStart(int days) {
        return Timestamp.valueOf(lastDay().minusDays(days - 1L).atStartOfDay());
    }

    /**
     * The first cycle month that can hold a settlement of a look-back window of {@code days} days: no settlement is
     * cleared in a cycle before its own month (E13). A look-back that names it reads, where the tables are
     * partitioned by cycle month (PostgreSQL), the window's months and later ones only, however many years lie
     * before them. Later months stay in: a settlement of the window filed late belongs to it.
     */
    public String firstCycleMonth(int days) {
        return windowStartMonth(days).toString();
    }

    /**
     * {@link #firstCycleMonth} for the window's fee lines: a line is filed in its fee's month or later (E13), and an
     * outpatient or pharmacy visit's fees occur by its settlement, at the latest one month boundary before it (a
     * visit across midnight at a month's end), so one month earlier.
     */
    public String firstFeeCycleMonth(int days) {
        return windowStartMonth(days).previous().toString();
    }

    private CycleMonth windowStartMonth(int days) {
        return CycleMonth.of(windowStart(days).toLocalDateTime());
    }

    public Timestamp monthEndExclusive() {
        return Timestamp.valueOf(lastDay().plusDays(1).atStartOfDay());
    }
}
