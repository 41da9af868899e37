package org.fundclear.jobs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.access.UserAccount;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.UserOption;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.UsageException;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.jobs.users.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./fundclear user add|list|disable|reset-password} (spec/cli.md): the console's users. */
@Command(name = "user", description = "Manage the web console's users.",
        subcommands = {UserCommands.Add.class, UserCommands.ListUsers.class, UserCommands.Disable.class,
                UserCommands.ResetPassword.class})
public class UserCommands implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a user command: add, list, disable or reset-password");
    }

    @Command(name = "add", description = "Add a user; the password is read from standard input (one line).")
    static class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "INSPECTOR, REVIEWER, INVESTIGATOR, SUPERVISOR, FINANCE, AUDITOR or ADMIN (repeatable)")
        List<Role> roles = new ArrayList<>();

        @Option(names = "--region", paramLabel = "ADMDVS",
                description = "Region the user may see (repeatable; xx0000 covers a province; none: every region)")
        List<String> regions = new ArrayList<>();

        @Option(names = "--unmask", description = "The right to see persons' names and ID numbers")
        boolean unmask;

        @Mixin
        UserOption by;

        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            RegionScope scope;
            try {
                scope = new RegionScope(java.util.Set.copyOf(regions));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            String password = PasswordInput.read();
            try (var context = ApplicationContexts.start(db.resolve())) {
                if (!context.getBean(UserService.class).add(name, EnumSet.copyOf(roles), scope, unmask, password,
                        by.name())) {
                    System.out.println("A user named " + name + " exists already; nothing changed.");
                    return ExitCodes.BUSINESS_PROBLEM;
                }
            }
            System.out.printf("Added %s: %s, %s%s.%n", name, roles, scope, unmask ? ", may unmask" : "");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the users, their roles, regions and state.")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            try (var context = ApplicationContexts.start(db.resolve())) {
                UserService users = context.getBean(UserService.class);
                TextTable table = new TextTable("user", "roles", "regions", "unmask", "state", "created");
                for (UserAccount u : users.list()) {
                    table.row(u.name(), String.join(",", u.roles().stream().map(Role::name).sorted().toList()),
                            u.scope().all() ? "all" : String.join(",", u.scope().regions()), u.unmask() ? "yes" : "no",
                            !u.enabled() ? "disabled" : users.locked(u) ? "locked until " + u.lockedUntil().withNano(0)
                                    : "active", u.createdAt().withNano(0) + " by " + u.createdBy());
                }
                table.print(System.out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", description = "Disable a user: they can no longer log in.")
    static class Disable implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        UserOption by;

        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            try (var context = ApplicationContexts.start(db.resolve())) {
                context.getBean(UserService.class).disable(name, by.name());
            }
            System.out.println("Disabled " + name + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset-password", description = "Set a new password (from standard input, one line); lifts a lock.")
    static class ResetPassword implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        UserOption by;

        @Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            String password = PasswordInput.read();
            try (var context = ApplicationContexts.start(db.resolve())) {
                context.getBean(UserService.class).resetPassword(name, password, by.name());
            }
            System.out.println("New password set for " + name + ".");
            return ExitCodes.OK;
        }
    }

    /** One line of standard input: never argv (visible in ps) and never a default. */
    static final class PasswordInput {
        private PasswordInput() {
        }

        static String read() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new UsageException("give the password on standard input, one line (e.g. from a file: < pw.txt)");
                }
                return line;
            } catch (IOException e) {
                throw new UsageException("cannot read the password from standard input: " + e.getMessage());
            }
        }
    }
}
