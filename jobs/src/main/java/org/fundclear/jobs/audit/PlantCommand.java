package org.fundclear.jobs.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plant", description = "Add labelled audit patterns and look-alikes to a generated month "
        + "(extra *-planted files the import picks up) and write audit-truth.csv beside them.")
public class PlantCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The generated month's folder")
    Path dir;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
    long seed;

    @Option(names = "--per-pattern", defaultValue = "8", paramLabel = "N",
            description = "Planted subjects per pattern (default ${DEFAULT-VALUE})")
    int perPattern;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("institutions.csv"))) {
            throw new UsageException(dir + " has no institutions.csv; run ./fundclear generate first");
        }
        PatternPlanter.plant(dir, month.value(), seed, perPattern);
        System.out.println("planted patterns into " + dir + "; truth: " + dir.resolve("audit-truth.csv"));
        return ExitCodes.OK;
    }
}
