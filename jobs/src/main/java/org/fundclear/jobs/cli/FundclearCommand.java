package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.audit.AuditCommand;
import org.fundclear.jobs.audit.AuditEvalCommand;
import org.fundclear.jobs.bench.BenchAuditCommand;
import org.fundclear.jobs.bench.BenchVerdictsCommand;
import org.fundclear.jobs.bench.BenchClearCommand;
import org.fundclear.jobs.bench.BenchImportCommand;
import org.fundclear.jobs.bench.BenchNationalCommand;
import org.fundclear.sql.UnsupportedDatabaseException;
import org.fundclear.jobs.config.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "fundclear", mixinStandardHelpOptions = true, version = "fundclear 0.1.0",
        description = "Fund clearing and audit supervision for cross-region direct settlement (异地就医直接结算).",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, ClearCommand.class,
                CycleStateCommands.Confirm.class, CycleStateCommands.Pay.class, CycleStateCommands.Reopen.class,
                CycleStateCommands.Close.class, TransfersCommand.class, ExportCommand.class, ReportCommand.class,
                QualityCommand.class, HistoryCommand.class, RulesCommand.class, SchedulerCommand.class, AuditCommand.class,
                AuditEvalCommand.class, CasesCommand.class, VerdictsCommand.class, UserCommands.class, ServeCommand.class,
                WorkerCommand.class,
                BenchImportCommand.class, BenchClearCommand.class, BenchAuditCommand.class, BenchVerdictsCommand.class,
                BenchNationalCommand.class})
public class FundclearCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. ./fundclear demo");
    }

    public static int run(String... args) {
        return new CommandLine(new FundclearCommand())
                .setExecutionExceptionHandler(FundclearCommand::handle)
                .execute(args);
    }

    /** User mistakes get one clear sentence and exit 2; anything else is a crash with its stack trace. */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof UsageException || e instanceof UnsupportedDatabaseException) {
            cmd.getErr().println("fundclear " + cmd.getCommandName() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        cmd.getErr().println("fundclear " + cmd.getCommandName() + " crashed: " + e);
        e.printStackTrace(cmd.getErr());
        return ExitCodes.CRASH;
    }
}
