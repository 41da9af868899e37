package org.fundclear.jobs;

import org.fundclear.jobs.cli.FundclearCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Entry point of ./fundclear: the command line decides which commands need the application context. */
public final class FundclearApplication {
    private FundclearApplication() {
    }

    public static void main(String[] args) {
        // java.util.logging (netlib, drivers) goes to the log file too, also in commands that start no Spring context.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(FundclearCommand.run(args));
    }
}
