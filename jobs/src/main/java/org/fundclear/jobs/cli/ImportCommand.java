package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fundclear.clearing.intake.ImportReport;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.console.ImportSummary;
import org.fundclear.jobs.intake.FileImportResult;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.fundclear.jobs.config.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Load input files (or every spec file in a directory) for a cycle month.")
public class ImportCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Cycle month the files are loaded into")
    CycleMonth month;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "UTF-8|GB18030",
            description = "Encoding of the files (default UTF-8, BOM allowed)")
    String encoding;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or directories")
    List<Path> paths;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        Charset charset = charset(encoding);
        List<InputFiles.InputFile> inputs = InputFiles.expand(paths);
        try (ConfigurableApplicationContext context = ApplicationContexts.start(db.resolve())) {
            return run(context, month, charset, inputs);
        }
    }

    static int run(ConfigurableApplicationContext context, CycleMonth month, Charset charset,
                   List<InputFiles.InputFile> inputs) {
        List<FileImportResult> results = context.getBean(ImportService.class).importFiles(month, charset, inputs);
        DSLContext dsl = context.getBean(DSLContext.class);
        List<Long> ids = results.stream().filter(r -> r.outcome() != FileImportResult.Outcome.ALREADY_LOADED)
                .map(FileImportResult::importFileId).filter(id -> id != null).toList();
        ImportSummary.print(System.out, results, ImportReport.rejectsByReason(dsl, ids),
                ImportReport.warningsByCode(dsl, ids));
        if (results.stream().anyMatch(r -> r.outcome() == FileImportResult.Outcome.FAILED)) {
            return ExitCodes.BAD_INPUT;
        }
        return results.stream().anyMatch(FileImportResult::hasRejects) ? ExitCodes.BUSINESS_PROBLEM : ExitCodes.OK;
    }

    static Charset charset(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "GB18030", "GBK" -> Charset.forName("GB18030");
            default -> throw new UsageException("--encoding must be UTF-8 or GB18030 (got " + name + ")");
        };
    }
}
