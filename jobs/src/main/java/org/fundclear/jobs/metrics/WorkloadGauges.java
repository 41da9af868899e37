package org.fundclear.jobs.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.Dashboard;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.reports.advance.AdvanceFundUsage;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Gauges of the work waiting: open cases per stage, overdue cases, advance-fund usage per insured region. They read
 * the database at most every {@link #MAX_AGE} however often Prometheus scrapes, and nothing before the first scrape
 * (a CLI command pays nothing). Stages and regions appear as the data shows them (from the scrape after).
 */
@Component
public class WorkloadGauges implements MeterBinder {
    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final Actor MONITOR = new Actor("metrics", Set.of(), RegionScope.ALL, false);

    private final CaseService cases;
    private final DSLContext dsl;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private MeterRegistry registry;
    private Snapshot snapshot;

    public WorkloadGauges(CaseService cases, DSLContext dsl) {
        this.cases = cases;
        this.dsl = dsl;
    }

    private record Snapshot(long takenAt, Map<String, Long> backlogByStage, long overdue, Map<String, BigDecimal> usage) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("fundclear.cases.overdue", this, g -> g.snapshot().overdue())
                .description("Open cases past their stage's deadline").register(registry);
    }

    private synchronized Snapshot snapshot() {
        if (snapshot == null || System.nanoTime() - snapshot.takenAt() > MAX_AGE.toNanos()) {
            Dashboard dashboard = cases.dashboard(MONITOR, null);
            Map<String, Long> backlog = new HashMap<>();
            dashboard.backlog().forEach(b -> backlog.put(b.status().name(), b.total()));
            snapshot = new Snapshot(System.nanoTime(), backlog, dashboard.overdue(), AdvanceFundUsage.latestByRegion(dsl));
            snapshot.backlogByStage().keySet().forEach(stage -> register("fundclear.cases.backlog", "stage", stage,
                    "Open cases waiting in a stage", s -> s.backlogByStage().getOrDefault(stage, 0L)));
            snapshot.usage().keySet().forEach(region -> register("fundclear.advance_fund.usage", "insu_admdvs", region,
                    "Advance-fund usage of an insured region at its latest cleared month (0..1)",
                    s -> s.usage().getOrDefault(region, BigDecimal.ZERO).doubleValue()));
        }
        return snapshot;
    }

    private void register(String name, String tag, String value, String description,
                          ToDoubleFunction<Snapshot> read) {
        if (registered.add(name + "|" + value)) {
            Gauge.builder(name, this, g -> read.applyAsDouble(g.snapshot())).tag(tag, value).description(description)
                    .register(registry);
        }
    }
}
