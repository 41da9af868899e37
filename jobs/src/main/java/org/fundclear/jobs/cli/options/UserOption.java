package org.fundclear.jobs.cli.options;

import picocli.CommandLine.Option;

/** {@code --user}: who performs a state change; every transition is stamped with it. */
public class UserOption {
    @Option(names = "--user", paramLabel = "NAME", description = "Operator name for the audit trail (default: login name)")
    String user;

    public String name() {
        return user != null && !user.isBlank() ? user : System.getProperty("user.name", "operator");
    }
}
