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
import org.fundclear.generator.DiscrepancyCounts;
import org.fundclear.generator.GenerationRequest;
import org.fundclear.generator.GenerationResult;
import org.fundclear.generator.MonthGenerator;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.console.TextTable;
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
        summary(result).print(System.out);
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

    /** What was written, one row per file, with the rows the generator counted for the month's files. */
    static TextTable summary(GenerationResult result) {
        DiscrepancyCounts d = result.discrepancies();
        TextTable table = new TextTable("file", "rows>", "");
        for (Path file : result.files()) {
            String name = file.getFileName().toString();
            if (name.startsWith("settlements")) {
                table.row(file, "%,d".formatted(result.settlements() + result.reversals()),
                        "%,d settlements, %,d reversals; %,d settled in the month before".formatted(
                                result.settlements(), result.reversals(), result.lateSettlements()));
            } else if (name.startsWith("ledger")) {
                table.row(file, "%,d".formatted(result.ledgerRows()), ("differences planted: %,d missing in the"
                        + " ledger, %,d missing in the settlements, %,d amounts, %,d psn_no").formatted(
                        d.missingInLedger(), d.missingInSettlements(), d.amountMismatch(), d.psnNoDifference()));
            } else if (name.startsWith("fees")) {
                table.row(file, "%,d".formatted(result.feeLines()), "fee lines");
            } else if (name.equals("persons.csv")) {
                table.row(file, "%,d".formatted(result.persons()), "persons");
            } else {
                table.row(file, "", "reference file");
            }
        }
        return table;
    }

    static GenerationResult generate(CycleMonth month, Path out, int settlements, long seed, Background background) {
        try {
            return MonthGenerator.generate(new GenerationRequest(month.value(), out, settlements, seed, background));
        } catch (IOException e) {
            throw new UsageException("cannot write sample files to " + out + ": " + e.getMessage());
        }
    }
}
