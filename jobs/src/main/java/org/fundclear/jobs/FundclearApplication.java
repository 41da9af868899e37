package org.fundclear.jobs;

import org.fundclear.jobs.cli.FundclearCommand;

/** Entry point of ./fundclear: the command line decides which commands need the application context. */
public final class FundclearApplication {
    private FundclearApplication() {
    }

    public static void main(String[] args) {
        System.exit(FundclearCommand.run(args));
    }
}
