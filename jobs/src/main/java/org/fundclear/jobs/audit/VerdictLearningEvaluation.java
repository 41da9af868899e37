package org.fundclear.jobs.audit;

import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.audit.casework.CaseRow;
import org.fundclear.audit.casework.CaseWork;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.casework.VerdictFile;
import org.fundclear.audit.casework.VerdictImport;
import org.fundclear.audit.evaluation.AuditEvaluation;
import org.fundclear.audit.evaluation.EvaluationReport;
import org.fundclear.audit.evaluation.TruthEntry;
import org.fundclear.audit.evaluation.TruthFile;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.cycle.ClearingAdjustments;
import org.fundclear.clearing.cycle.SettlementPayment;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.generator.audit.PatternPlanter.PatternSet;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Does learning from verdicts help, measured on a month it did not learn from: a generated month with its planted
 * subjects is cleared and audited and its top {@code review} cases decided as inspectors who know the truth would
 * (planted: confirmed with a deduction, everything else: dismissed, N03), through the verdicts file path; a later
 * month generated with another seed (another population, other planted subjects) is audited with the rules' own
 * order and again re-ranked by those verdicts, and both queues are scored against its own truth file.
 */
public final class VerdictLearningEvaluation {
    /**
     * The held-out month comes this many months after the taught one: beyond the 90-day look-back, so the two
     * populations (the generator numbers persons from 1 whatever the seed) never share a window.
     */
    private static final int MONTHS_APART = 4;

    private VerdictLearningEvaluation() {
    }

    /** Two months of {@code settlements} each on one background; the held-out one generated from its own seed. */
    public record Months(YearMonth taught, long seed, long heldOutSeed, int settlements, Background background,
                         PatternSet patterns) {
        YearMonth heldOut() {
            return taught.plusMonths(MONTHS_APART);
        }
    }

    /** Precision of the held-out month's queue before and after learning, and how many verdicts it learnt from. */
    public record Result(EvaluationReport before, EvaluationReport after, VerdictImport verdicts, CycleMonth heldOut) {
    }

    public static Result run(ConfigurableApplicationContext context, Path dir, Months months, int review, int capacity) {
        CycleMonth taught = new CycleMonth(months.taught());
        CycleMonth heldOut = new CycleMonth(months.heldOut());
        generate(dir, months, months.taught(), months.seed());
        generate(dir, months, months.heldOut(), months.heldOutSeed());
        DSLContext dsl = context.getBean(DSLContext.class);
        StageDeadlines deadlines = context.getBean(StageDeadlines.class);
        load(context, dir, taught);
        ClearOutcome cleared = context.getBean(ClearService.class).clear(taught, "evaluation");
        if (cleared.result() != ClearOutcome.Result.CLEARED) {
            throw new IllegalStateException("clearing " + taught + ": " + cleared.message());
        }
        Path models = dir.resolve("models");
        AuditCommand.engine(models, 2, deadlines, false).run(dsl, taught);
        VerdictImport verdicts = decideTopCases(context, dir, taught, review);

        load(context, dir, heldOut);
        List<TruthEntry> truth = TruthFile.read(dir.resolve(heldOut.toString()).resolve("audit-truth.csv"));
        AuditCommand.engine(models, 2, deadlines, false).run(dsl, heldOut);
        EvaluationReport before = AuditEvaluation.evaluate(dsl, heldOut, truth, capacity);
        AuditCommand.engine(models, 2, deadlines, true).run(dsl, heldOut);
        EvaluationReport after = AuditEvaluation.evaluate(dsl, heldOut, truth, capacity);
        return new Result(before, after, verdicts, heldOut);
    }

    private static void generate(Path dir, Months months, YearMonth month, long seed) {
        Path monthDir = dir.resolve(month.toString());
        try {
            MonthGenerator.generate(new GenerationRequest(month, monthDir, months.settlements(), seed,
                    months.background()));
            PatternPlanter.plant(monthDir, month, seed, PlantedSubjects.perPattern(months.settlements()),
                    months.patterns());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VerdictImport decideTopCases(ConfigurableApplicationContext context, Path dir, CycleMonth month,
                                                int review) {
        DSLContext dsl = context.getBean(DSLContext.class);
        Actor supervisor = new Actor("evaluation", Set.of(Role.SUPERVISOR), RegionScope.ALL, false);
        Set<String> fraud = new HashSet<>();
        TruthFile.read(dir.resolve(month.toString()).resolve("audit-truth.csv")).stream().filter(TruthEntry::fraud)
                .forEach(t -> fraud.add(t.subjectKey()));
        StringBuilder csv = new StringBuilder("subject_type,subject_id,verdict,reason_code,setl_id,deduction_amt,comment\n");
        List<CaseRow> top = context.getBean(CaseService.class)
                .queue(supervisor, new CaseQuery(month.toString(), null, null, null, null, null, null, null, null, null,
                        null, 0, review)).rows();
        for (CaseRow c : top) {
            String key = c.subjectType() + ":" + c.subjectId();
            Optional<SettlementPayment> target = fraud.contains(key) ? deductible(dsl, month, c) : Optional.empty();
            if (target.isPresent()) {
                csv.append(c.subjectType()).append(',').append(c.subjectId()).append(",CONFIRMED,V09,")
                        .append(target.get().setlId()).append(",1.00,simulated inspection\n");
            } else if (!fraud.contains(key)) {
                csv.append(c.subjectType()).append(',').append(c.subjectId()).append(",DISMISSED,N03,,,simulated\n");
            }
        }
        try {
            Path file = Files.writeString(dir.resolve("verdicts-" + month + ".csv"), csv, StandardCharsets.UTF_8);
            return VerdictFile.apply(dsl, context.getBean(CaseWork.class), supervisor, month, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A settlement of the case's evidence that can carry a 1.00 deduction. */
    private static Optional<SettlementPayment> deductible(DSLContext dsl, CycleMonth month, CaseRow c) {
        for (String setlIds : dsl.select(AUDIT_FINDING.SETL_IDS).from(AUDIT_FINDING)
                .where(AUDIT_FINDING.CYCLE_MONTH.eq(month.toString()))
                .and(AUDIT_FINDING.SUBJECT_TYPE.eq(c.subjectType().name()))
                .and(AUDIT_FINDING.SUBJECT_ID.eq(c.subjectId())).fetch(AUDIT_FINDING.SETL_IDS)) {
            for (String setlId : setlIds.split(";")) {
                Optional<SettlementPayment> p = ClearingAdjustments.payment(dsl, setlId)
                        .filter(s -> s.cleared() && !s.reversed() && "0".equals(s.refdSetlFlag())
                                && s.deductible().compareTo(java.math.BigDecimal.ONE) >= 0);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static void load(ConfigurableApplicationContext context, Path dir, CycleMonth month) {
        context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                InputFiles.expand(List.of(dir.resolve(month.toString()))));
    }
}
