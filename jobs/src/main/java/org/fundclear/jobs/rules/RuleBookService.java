package org.fundclear.jobs.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fundclear.audit.rulebook.RuleBook;
import org.fundclear.audit.rulebook.RuleBookEvent;
import org.fundclear.audit.rulebook.RuleBookVersion;
import org.fundclear.audit.rulebook.RuleChange;
import org.fundclear.audit.rulebook.RuleParameter;
import org.fundclear.audit.rulebook.RuleValues;
import org.fundclear.audit.rules.AuditRule;
import org.fundclear.audit.rules.RuleSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * The rule library (规则库) as versioned data: what the console's rules page and {@code ./fundclear rules} show, and
 * the ADMIN's changes, each of which appends a version (see {@link RuleBook} for what is refused and why).
 */
@Service
public class RuleBookService {

    /** One value of the version shown; {@code changed}: it differs from the version before. */
    public record Value(String ruleId, String ruleName, String param, String label, String entryKey, String value,
                        String previous, boolean changed) {
    }

    /** A rule of the library that takes no value from the rule book, with what it reads instead. */
    public record FixedRule(String ruleId, String ruleName, String reads) {
    }

    /** A parameter an ADMIN may change, as the form lists it. */
    public record Editable(String code, String label, boolean list) {
    }

    public record View(List<RuleBookVersion> versions, RuleBookVersion shown, RuleBookVersion latest,
                       List<Value> values, List<FixedRule> fixedRules, List<RuleBookEvent> events,
                       List<Editable> editable) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final RuleBook book = new RuleBook();

    public RuleBookService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The versions, the values of {@code versionNo} (default: the latest), the rules without values, every change. */
    public View view(Integer versionNo) {
        List<RuleBookVersion> versions = book.repository().versions(dsl);
        RuleBookVersion latest = versions.getLast();
        RuleBookVersion shown = versionNo == null ? latest : versions.stream()
                .filter(v -> v.versionNo() == versionNo).findFirst().orElse(latest);
        RuleValues values = book.repository().values(dsl, shown.versionNo());
        Optional<RuleValues> before = shown.versionNo() == 1 ? Optional.empty()
                : Optional.of(book.repository().values(dsl, shown.versionNo() - 1));
        Map<String, String> names = RuleSet.defaults().rules().stream()
                .collect(Collectors.toMap(AuditRule::id, AuditRule::reason));
        List<Value> rows = new ArrayList<>();
        for (RuleParameter p : RuleParameter.ALL) {
            Map<String, String> prev = before.map(b -> b.entries(p.ruleId(), p.name())).orElse(Map.of());
            values.entries(p.ruleId(), p.name()).forEach((key, value) -> rows.add(new Value(p.ruleId(),
                    names.get(p.ruleId()), p.name(), p.label(), key, value, prev.get(key),
                    before.isPresent() && !value.equals(prev.get(key)))));
            before.ifPresent(b -> prev.keySet().stream()
                    .filter(key -> !values.entries(p.ruleId(), p.name()).containsKey(key))
                    .forEach(key -> rows.add(new Value(p.ruleId(), names.get(p.ruleId()), p.name(), p.label(), key,
                            null, prev.get(key), true))));
        }
        List<String> withValues = RuleParameter.ALL.stream().map(RuleParameter::ruleId).distinct().toList();
        List<FixedRule> fixed = RuleSet.defaults().rules().stream().filter(r -> !withValues.contains(r.id()))
                .map(r -> new FixedRule(r.id(), r.reason(), r.thresholds())).toList();
        List<Editable> editable = RuleParameter.ALL.stream().map(p -> new Editable(p.ruleId() + "." + p.name(),
                p.ruleId() + " " + names.get(p.ruleId()) + " · " + p.label(), p.isList())).toList();
        return new View(versions, shown, latest, rows, fixed, book.repository().events(dsl), editable);
    }

    /**
     * Appends the version that sets {@code parameter} ("R02.max_visits") at {@code entryKey} to {@code newValue}
     * (blank: remove the list entry) from {@code effectiveFrom}; a refusal is a {@code RuleChangeRefused}.
     */
    public RuleBookVersion change(String parameter, String entryKey, String newValue, LocalDate effectiveFrom,
                                  String reason, String user) {
        int dot = parameter == null ? -1 : parameter.indexOf('.');
        String ruleId = dot < 0 ? String.valueOf(parameter) : parameter.substring(0, dot);
        String name = dot < 0 ? "" : parameter.substring(dot + 1);
        return book.change(dsl, new RuleChange(ruleId, name, entryKey, newValue, effectiveFrom, reason), user,
                LocalDateTime.now(clock).withNano(0));
    }
}
