package org.fundclear.audit;

import org.fundclear.audit.scope.AuditScope;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.fundclear.audit.casework.CaseRegister;
import org.fundclear.audit.casework.RankNote;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.finding.AuditCase;
import org.fundclear.audit.finding.CaseBuilder;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.FindingRepository;
import org.fundclear.audit.learning.VerdictReranker;
import org.fundclear.audit.model.Detector;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.audit.rules.RuleSetSource;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits a month: every rule and every detector, then findings merge into cases: the findings replace the month's
 * earlier run, the cases join the month's standing cases (a decided case stays decided). Rules and detectors only
 * read the database and its working tables, so they run side by side on {@code threads} threads (each query on its
 * own connection); findings are gathered in the order the stages were listed, so a run is the same whatever finished
 * first.
 */
public final class AuditEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AuditEngine.class);

    private final RuleSetSource ruleSets;
    private final List<Detector> detectors;
    private final FindingRepository repository;
    private final CaseRegister caseRegister;
    private final Clock clock;
    private final int threads;

    private final boolean learnFromVerdicts;

    /**
     * @param learnFromVerdicts re-rank the cases by the verdicts of earlier months when there are enough of them
     */
    public AuditEngine(RuleSet ruleSet, List<Detector> detectors, Clock clock, int threads, StageDeadlines deadlines,
                       boolean learnFromVerdicts) {
        this(RuleSetSource.fixed(ruleSet), detectors, clock, threads, deadlines, learnFromVerdicts);
    }

    /** @param ruleSets the rules for each month audited, e.g. the rule-book version in force for it */
    public AuditEngine(RuleSetSource ruleSets, List<Detector> detectors, Clock clock, int threads,
                       StageDeadlines deadlines, boolean learnFromVerdicts) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.ruleSets = ruleSets;
        this.detectors = List.copyOf(detectors);
        this.repository = new FindingRepository(clock);
        this.caseRegister = new CaseRegister(deadlines);
        this.clock = clock;
        this.threads = threads;
        this.learnFromVerdicts = learnFromVerdicts;
    }

    public AuditEngine(RuleSet ruleSet, List<Detector> detectors, Clock clock, int threads) {
        this(ruleSet, detectors, clock, threads, StageDeadlines.defaults(), true);
    }

    public AuditEngine(RuleSet ruleSet, List<Detector> detectors, Clock clock) {
        this(ruleSet, detectors, clock, Runtime.getRuntime().availableProcessors());
    }

    public AuditResult run(DSLContext dsl, CycleMonth month) {
        AuditScope scope = new AuditScope(dsl, month);
        RuleSet ruleSet = ruleSets.forMonth(dsl, month);
        long runId = repository.startRun(dsl, month, ruleSet.version(), ruleSet.definition());
        Map<String, Long> millis = new LinkedHashMap<>();
        long reversed = System.nanoTime();
        scope.prepareLookBack();
        millis.put("audit_reversed", elapsed(reversed));
        LOG.info("audit {}: reversals gathered in {} ms; month snapshot, {} rules and {} detectors on {} threads",
                month, millis.get("audit_reversed"), ruleSet.rules().size(), detectors.size(), threads);
        Map<String, Stage> byId = stages(ruleSet);
        List<Stage> stages = plan(ruleSet).order().stream().map(byId::get).toList();
        long parallel = System.nanoTime();
        List<Finding> findings = runAll(stages, scope, millis);
        millis.put("snapshot, rules, detectors (wall)", elapsed(parallel));
        return finish(dsl, month, runId, ruleSet.version(), findings, millis);
    }

    /** A run begun in a partitioned audit: its id, and the rule set every partition audits with. */
    public record Begun(long runId, String ruleSetVersion, long reversedMillis) {
    }

    /**
     * The stages of a month's run in the order their findings are gathered, and as partitions: those that look back
     * in settlement only (they may run while the month's snapshot is built) and those that read the snapshot, each
     * partition one stage, or the stages of one {@link Detector#group} (they share what they compute).
     */
    public record StagePlan(List<String> order, List<List<String>> lookBack, List<List<String>> month) {
    }

    /** Starts a partitioned run: the run's row and audit_reversed (what the look-back stages need). */
    public Begun begin(DSLContext dsl, CycleMonth month) {
        RuleSet ruleSet = ruleSets.forMonth(dsl, month);
        long runId = repository.startRun(dsl, month, ruleSet.version(), ruleSet.definition());
        long reversed = System.nanoTime();
        new AuditScope(dsl, month).prepareLookBack();
        return new Begun(runId, ruleSet.version(), elapsed(reversed));
    }

    /** The month's working tables audit_visit and audit_item, after {@link #begin}; their build times. */
    public static Map<String, Long> buildSnapshot(DSLContext dsl, CycleMonth month) {
        return AuditScope.afterLookBack(dsl, month).prepare().snapshotMillis();
    }

    /** The plan of a run begun with {@code ruleSetVersion}. */
    public StagePlan plan(DSLContext dsl, CycleMonth month, String ruleSetVersion) {
        return plan(ruleSetOfRun(dsl, month, ruleSetVersion));
    }

    /**
     * Runs some stages of a partitioned run one after another on the working tables {@link #begin} and
     * {@link #buildSnapshot} built, refusing if the rule set in force for the month is no longer the run's.
     */
    public List<StageResult> runStages(DSLContext dsl, CycleMonth month, String ruleSetVersion, List<String> ids) {
        Map<String, Stage> byId = stages(ruleSetOfRun(dsl, month, ruleSetVersion));
        AuditScope scope = AuditScope.attached(dsl, month);
        List<StageResult> results = new ArrayList<>();
        for (String id : ids) {
            Stage stage = byId.get(id);
            if (stage == null) {
                throw new IllegalArgumentException("no rule or detector " + id + " in rule set " + ruleSetVersion);
            }
            results.add(stage.run(scope));
        }
        return results;
    }

    /** The rules in force for the month, refused if they are no longer those the run began with. */
    private RuleSet ruleSetOfRun(DSLContext dsl, CycleMonth month, String ruleSetVersion) {
        RuleSet ruleSet = ruleSets.forMonth(dsl, month);
        if (!ruleSet.version().equals(ruleSetVersion)) {
            throw new IllegalStateException("the rules in force for " + month + " changed during the run ("
                    + ruleSetVersion + " → " + ruleSet.version() + "); audit the month again");
        }
        return ruleSet;
    }

    /**
     * Merges a run's findings (in the plan's order) into cases, re-ranks them by earlier verdicts when asked, and
     * stores findings and cases in one transaction.
     */
    public AuditResult finish(DSLContext dsl, CycleMonth month, long runId, String ruleSetVersion,
                              List<Finding> findings, Map<String, Long> millis) {
        long start = System.nanoTime();
        List<AuditCase> built = CaseBuilder.build(findings);
        Map<String, RankNote> notes = new HashMap<>();
        List<AuditCase> cases = learnFromVerdicts ? VerdictReranker.model(dsl, month).map(model -> {
            Map<String, VerdictReranker.Ranking> rankings = new HashMap<>();
            List<AuditCase> reranked = VerdictReranker.rerank(built, model, rankings);
            rankings.forEach((key, r) -> notes.put(key, new RankNote(r.basePriority(), r.basis())));
            LOG.info("audit {}: queue re-ranked by a model of {} verdicts", month, model.trainedOn());
            return reranked;
        }).orElse(built) : built;
        dsl.transaction(tx -> {
            repository.store(tx.dsl(), runId, month, ruleSetVersion, findings, cases.size());
            caseRegister.merge(tx.dsl(), month, runId, cases, LocalDateTime.now(clock), notes);
        });
        Map<String, Long> took = new LinkedHashMap<>(millis);
        took.put("store", elapsed(start));
        return new AuditResult(runId, ruleSetVersion, findings, cases, took);
    }

    /**
     * The look-back stages first: they run beside the month's snapshot build, which the others wait for. Then the
     * detectors, the longest stages: one started last would leave the other thread idle. A group with a stage that
     * reads the snapshot runs among the month's stages.
     */
    private StagePlan plan(RuleSet ruleSet) {
        List<PlannedStage> listed = new ArrayList<>();
        for (boolean looksBack : new boolean[] {true, false}) {
            detectors.stream().filter(d -> d.readsMonthSnapshot() != looksBack)
                    .forEach(d -> listed.add(new PlannedStage(d.id(), d.group(), !looksBack)));
            ruleSet.rules().stream().filter(r -> r.readsMonthSnapshot() != looksBack)
                    .forEach(r -> listed.add(new PlannedStage(r.id(), r.group(), !looksBack)));
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        Set<String> monthGroups = new HashSet<>();
        for (PlannedStage stage : listed) {
            members.computeIfAbsent(stage.group(), g -> new ArrayList<>()).add(stage.id());
            if (stage.readsSnapshot()) {
                monthGroups.add(stage.group());
            }
        }
        // A group is placed where the first of its stages of its phase is listed.
        List<List<String>> lookBack = new ArrayList<>();
        List<List<String>> monthly = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (PlannedStage stage : listed) {
            boolean month = monthGroups.contains(stage.group());
            if (stage.readsSnapshot() == month && placed.add(stage.group())) {
                (month ? monthly : lookBack).add(List.copyOf(members.get(stage.group())));
            }
        }
        return new StagePlan(listed.stream().map(PlannedStage::id).toList(), List.copyOf(lookBack),
                List.copyOf(monthly));
    }

    private record PlannedStage(String id, String group, boolean readsSnapshot) {
    }

    private Map<String, Stage> stages(RuleSet ruleSet) {
        Map<String, Stage> byId = new LinkedHashMap<>();
        detectors.forEach(d -> byId.put(d.id(), new Stage(d.id(), d::detect)));
        ruleSet.rules().forEach(r -> byId.put(r.id(), new Stage(r.id(), r::evaluate)));
        return byId;
    }

    /** Builds the month's snapshot on one thread while the stages start on the others; findings in stage order. */
    private List<Finding> runAll(List<Stage> stages, AuditScope scope, Map<String, Long> millis) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("audit-", 1).factory());
        try {
            Future<Map<String, Long>> snapshot = pool.submit(() -> {
                Map<String, Long> took = scope.prepare().snapshotMillis();
                LOG.info("audit {}: month snapshot built in ms: {}", scope.month(), took);
                return took;
            });
            List<Future<StageResult>> futures = new ArrayList<>();
            for (Stage stage : stages) {
                futures.add(pool.submit(() -> stage.run(scope)));
            }
            millis.putAll(snapshot.get());
            List<Finding> findings = new ArrayList<>();
            for (Future<StageResult> future : futures) {
                StageResult result = future.get();
                findings.addAll(result.findings());
                millis.put(result.id(), result.millis());
            }
            return findings;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("audit stage failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A rule or a detector, by its id. */
    private record Stage(String id, Function<AuditScope, List<Finding>> work) {
        StageResult run(AuditScope scope) {
            long start = System.nanoTime();
            List<Finding> findings = work.apply(scope);
            long millis = elapsed(start);
            LOG.info("audit stage {} done in {} ms: {} findings", id, millis, findings.size());
            return new StageResult(id, findings, millis);
        }
    }

    /** What one stage found, and how long it took. */
    public record StageResult(String id, List<Finding> findings, long millis) {
    }
}
