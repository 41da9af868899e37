package org.fundclear.jobs.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.fundclear.audit.rulebook.RuleBookEvent;
import org.fundclear.audit.rulebook.RuleBookVersion;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.console.TextTable;
import org.fundclear.jobs.rules.RuleBookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./fundclear rules [--version N]}: the rule book's versions, the values of one (default: the latest) and
 * every change. Read only: values are changed by an ADMIN in the console (规则库), with a reason.
 */
@Command(name = "rules", description = "The rule book (规则库): versions with their effective dates, the values of one "
        + "version (default: the latest) and the change log. Changes are made in the console by an ADMIN.")
public class RulesCommand implements Callable<Integer> {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--version", paramLabel = "N", description = "The version whose values to list")
    Integer version;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            RuleBookService.View view = context.getBean(RuleBookService.class).view(version);
            TextTable versions = new TextTable("version", "effective_from", "created", "by", "reason");
            for (RuleBookVersion v : view.versions()) {
                versions.row(v.label(), v.effectiveFrom(), AT.format(v.createdAt()), v.createdBy(), v.reason());
            }
            versions.print(System.out);
            System.out.printf("%nValues of %s (a month is audited with the latest version in force on its first day):%n",
                    view.shown().label());
            TextTable values = new TextTable("rule", "parameter", "entry", "value>", "change");
            for (RuleBookService.Value v : view.values()) {
                values.row(v.ruleId(), v.param(), v.entryKey().equals("-") ? "" : v.entryKey(),
                        v.value() == null ? "(removed)" : v.value(),
                        v.changed() ? (v.previous() == null ? "added" : v.previous() + " -> " + (v.value() == null ? "removed" : v.value())) : "");
            }
            values.print(System.out, "  ");
            if (!view.events().isEmpty()) {
                System.out.printf("%nChanges (newest first):%n");
                TextTable events = new TextTable("at", "by", "version", "effective_from", "rule", "parameter", "entry",
                        "old", "new", "reason");
                for (RuleBookEvent e : view.events()) {
                    events.row(AT.format(e.changedAt()), e.changedBy(), "RB" + e.versionNo(), e.effectiveFrom(),
                            e.ruleId(), e.param(), e.entryKey().equals("-") ? "" : e.entryKey(),
                            e.oldValue() == null ? "" : e.oldValue(), e.newValue() == null ? "" : e.newValue(), e.reason());
                }
                events.print(System.out, "  ");
            }
            return ExitCodes.OK;
        }
    }
}
