package org.fundclear.jobs.cli;

import org.fundclear.jobs.config.ApplicationContexts;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.intake.InputFiles;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Generate a realistic sample month, run the cycle on it and print a summary.")
public class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output directory (default ./out)")
    Path out;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Sample month (default: last month)")
    CycleMonth month;

    @Option(names = "--settlements", defaultValue = "5000", paramLabel = "N")
    int settlements;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
    long seed;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        CycleMonth cycle = month != null ? month
                : new CycleMonth(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1));
        Path input = out.resolve("input");
        System.out.printf("Generating %,d settlements for %s into %s ...%n", settlements, cycle, input);
        GenerateCommand.generate(cycle, input, settlements, seed);
        List<InputFiles.InputFile> files = InputFiles.expand(List.of(input));
        System.out.printf("Importing %d files into %s ...%n%n", files.size(), db.resolve().display());
        try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve())) {
            return ImportCommand.run(context, cycle, java.nio.charset.StandardCharsets.UTF_8, files);
        }
    }
}
