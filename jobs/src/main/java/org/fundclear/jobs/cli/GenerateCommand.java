package org.fundclear.jobs.cli;

import org.fundclear.jobs.audit.PlantedSubjects;

import org.fundclear.jobs.cli.options.BackgroundConverter;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.cli.options.PatternSetConverter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.Background;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.GenerationResult;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.config.UsageException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = "Write a realistic sample input set for one month. Same seed, same files.")
public class GenerateCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into")
    Path out;

    @Option(names = "--settlements", defaultValue = "2000", paramLabel = "N",
            description = "Number of settlements (default ${DEFAULT-VALUE})")
    int settlements;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--per-pattern", paramLabel = "N", description = "Labelled audit patterns and look-alikes planted"
            + " per pattern, listed in audit-truth.csv (default: 8, or one per 20,000 settlements if more; 0 plants none)")
    Integer perPattern;

    @Option(names = "--background", defaultValue = "default", paramLabel = "default|alt", converter = BackgroundConverter.class,
            description = "How the ordinary population behaves: default, or alt (a second, deliberately different one:"
                    + " more chronic care, heavier-tailed visits, households, institution cost effects)")
    Background background;

    @Option(names = "--patterns", defaultValue = "standard", paramLabel = "standard|unseen",
            converter = PatternSetConverter.class, description = "Planted patterns: standard, or unseen (the standard"
            + " ones plus variants the audit was not built on)")
    PatternPlanter.PatternSet patterns;

    @Override
    public Integer call() {
        if (settlements < 1) {
            throw new UsageException("--settlements must be at least 1");
        }
        int planted = perPattern != null ? perPattern : PlantedSubjects.perPattern(settlements);
        if (planted < 0) {
            throw new UsageException("--per-pattern must be 0 or more");
        }
        GenerationResult result = generate(month, out, settlements, seed, background);
        System.out.println(result);
        if (planted > 0) {
            try {
                PatternPlanter.plant(out, month.value(), seed, planted, patterns);
            } catch (IOException e) {
                throw new UsageException("cannot write planted audit patterns to " + out + ": " + e.getMessage());
            }
            System.out.printf("planted %d subjects per audit pattern; truth: %s%n", planted, out.resolve("audit-truth.csv"));
        }
        return ExitCodes.OK;
    }

    static GenerationResult generate(CycleMonth month, Path out, int settlements, long seed, Background background) {
        try {
            return MonthGenerator.generate(new GenerationRequest(month.value(), out, settlements, seed, background));
        } catch (IOException e) {
            throw new UsageException("cannot write sample files to " + out + ": " + e.getMessage());
        }
    }
}
