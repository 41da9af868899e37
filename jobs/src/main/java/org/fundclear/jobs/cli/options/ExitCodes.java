package org.fundclear.jobs.cli.options;

/** Exit codes of spec/cli.md. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command ran but found a business problem it reports (rejects, a month already cleared). */
    public static final int BUSINESS_PROBLEM = 1;
    /** Bad usage or bad input that stopped the command. */
    public static final int BAD_INPUT = 2;
    /** Anything else is a crash. */
    public static final int CRASH = 70;

    private ExitCodes() {
    }
}
