package org.fundclear.jobs.bench;

import org.fundclear.jobs.audit.VerdictLearningEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fundclear.generator.Background;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.cli.options.BackgroundConverter;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.PatternSetConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.sql.DatabaseVendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-verdicts", description = "Learning from verdicts, measured on a held-out month: decide the top "
        + "cases of one generated month as informed inspectors would, then compare the queue of a later month, "
        + "generated with another seed, ranked by the rules alone and re-ranked by those verdicts.")
public class BenchVerdictsCommand implements Callable<Integer> {
    @Option(names = "--settlements", defaultValue = "20000", paramLabel = "N", description = "Settlements per month")
    int settlements;

    @Option(names = "--review", defaultValue = "150", paramLabel = "K", description = "Cases decided in the first month")
    int review;

    @Option(names = "--seed", defaultValue = "11", paramLabel = "S", description = "Seed of the month decided")
    long seed;

    @Option(names = "--held-out-seed", paramLabel = "S", description = "Seed of the held-out month (default S + 1)")
    Long heldOutSeed;

    @Option(names = "--background", defaultValue = "default", paramLabel = "default|alt",
            converter = BackgroundConverter.class, description = "Background population of both months (see generate)")
    Background background;

    @Option(names = "--patterns", defaultValue = "standard", paramLabel = "standard|unseen",
            converter = PatternSetConverter.class, description = "Planted patterns of both months (see generate)")
    PatternPlanter.PatternSet patterns;

    @Option(names = "--capacity", defaultValue = "50", paramLabel = "K", description = "precision@K of the queue")
    int capacity;

    @Option(names = "--dir", defaultValue = "out/bench-verdicts", paramLabel = "DIR")
    Path dir;

    @Mixin
    BenchJsonOption json;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        try (var context = ApplicationContexts.start(DatabaseUrl.resolve(DatabaseUrl.embedded(dir.resolve("db"))))) {
            long t0 = System.nanoTime();
            long heldOut = heldOutSeed != null ? heldOutSeed : seed + 1;
            var r = VerdictLearningEvaluation.run(context, dir.resolve("input"), new VerdictLearningEvaluation.Months(
                    YearMonth.of(2026, 9), seed, heldOut, settlements, background, patterns), review, capacity);
            System.out.printf("verdicts on the first month's top %d cases: %d cases decided (%d rows), %d rows rejected%n",
                    review, r.verdicts().casesApplied(), r.verdicts().rowsApplied(), r.verdicts().rejects().size());
            System.out.printf("held-out month %s, %,d settlements, %s background, seed %d:%n", r.heldOut(), settlements,
                    background, heldOut);
            System.out.printf("  %-32s %10s %10s%n", "", "rules only", "learned");
            System.out.printf("  %-32s %10.3f %10.3f%n", "precision@k (k = planted " + r.before().planted() + ")",
                    r.before().precisionAtPlanted(), r.after().precisionAtPlanted());
            System.out.printf("  %-32s %10.3f %10.3f%n", "precision@" + capacity, r.before().precisionAtCapacity(),
                    r.after().precisionAtCapacity());
            System.out.printf("  %-32s %10.3f %10.3f%n", "AUC-PR (cases)", r.before().aucPrCases(), r.after().aucPrCases());
            double seconds = (System.nanoTime() - t0) / 1e9;
            // a measure of ranking quality, not of speed: no floor to compare the time with
            json.write(new BenchReport.Builder(context.getBean(DatabaseVendor.class).name(), settlements)
                    .stage("generate, import, clear, audit and learn two months", seconds, 2L * settlements)
                    .build(seconds, "none", 0));
        }
        return ExitCodes.OK;
    }
}
