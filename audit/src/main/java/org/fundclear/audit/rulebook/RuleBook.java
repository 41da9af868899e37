package org.fundclear.audit.rulebook;

import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.audit.rules.RuleSetSource;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;

/**
 * The rule library as versioned data. A month is audited with the version in force on its first day (the latest
 * whose effective_from is on or before it), so a change made in the middle of a month applies from the next one.
 * A change appends a version (a copy of the latest with one value changed) and its event; nothing is updated or
 * deleted. Refused, with the reason: unknown rules, parameters or catalogue items, values out of range, an
 * effective date that is not a month's first day, that comes before the latest version's, or that would reach a
 * month already audited (its findings name the version they were made with; re-auditing it under other rules
 * would silently change them).
 */
public final class RuleBook implements RuleSetSource {
    private final RuleBookRepository repository = new RuleBookRepository();

    public RuleBookRepository repository() {
        return repository;
    }

    /** The version in force for the month; empty only on a database without V81's first version. */
    public Optional<RuleBookVersion> versionFor(DSLContext dsl, CycleMonth month) {
        return repository.inForceOn(dsl, month.value().atDay(1));
    }

    @Override
    public RuleSet forMonth(DSLContext dsl, CycleMonth month) {
        return versionFor(dsl, month).map(v -> RuleBookRules.of(v, repository.values(dsl, v.versionNo())))
                .orElseGet(RuleSet::defaults);
    }

    /** Appends the version that {@code change} makes; throws {@link RuleChangeRefused} if it may not be made. */
    public RuleBookVersion change(DSLContext dsl, RuleChange change, String user, LocalDateTime now) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            RuleBookVersion latest = repository.latest(t).orElseThrow(() ->
                    new RuleChangeRefused("规则库没有初始版本（迁移 V81 未执行）"));
            RuleParameter parameter = RuleParameter.find(change.ruleId(), change.param()).orElseThrow(() ->
                    new RuleChangeRefused("未知的规则参数：" + change.ruleId() + " " + change.param()));
            String reason = change.reason() == null ? "" : change.reason().trim();
            if (reason.isEmpty()) {
                throw new RuleChangeRefused("请填写修改原因");
            }
            if (reason.length() > 1000) {
                throw new RuleChangeRefused("修改原因不能超过 1000 字");
            }
            if (user == null || user.isBlank()) {
                throw new RuleChangeRefused("修改人未知");
            }
            checkEffectiveDate(t, change.effectiveFrom(), latest);
            boolean removal = change.newValue() == null || change.newValue().isBlank();
            String entryKey = entryKey(t, parameter, change.entryKey(), !removal);
            RuleValues values = repository.values(t, latest.versionNo());
            Map<String, String> entries = values.entries(parameter.ruleId(), parameter.name());
            String oldValue = entries.get(entryKey);
            String newValue = null;
            if (removal) {
                if (!parameter.isList()) {
                    throw new RuleChangeRefused(parameter.label() + "：阈值不能删除，请填写新值");
                }
                if (oldValue == null) {
                    throw new RuleChangeRefused(parameter.label() + "：清单中没有 " + entryKey);
                }
                if (entries.size() == 1) {
                    throw new RuleChangeRefused(parameter.label() + "：清单至少保留一项");
                }
            } else {
                parameter.check(change.newValue()).ifPresent(why -> {
                    throw new RuleChangeRefused(why);
                });
                newValue = parameter.normalise(change.newValue());
                if (newValue.equals(oldValue)) {
                    throw new RuleChangeRefused(parameter.label() + "：新值与现行值 " + oldValue + " 相同");
                }
            }
            RuleChange made = new RuleChange(parameter.ruleId(), parameter.name(), entryKey, newValue,
                    change.effectiveFrom(), reason);
            RuleBookVersion version = new RuleBookVersion(latest.versionNo() + 1, change.effectiveFrom(), now,
                    user, reason);
            repository.append(t, version, values.with(parameter.ruleId(), parameter.name(), entryKey, newValue),
                    made, oldValue);
            return version;
        });
    }

    private void checkEffectiveDate(DSLContext dsl, LocalDate from, RuleBookVersion latest) {
        if (from == null) {
            throw new RuleChangeRefused("请填写生效日期");
        }
        if (from.getDayOfMonth() != 1) {
            throw new RuleChangeRefused("生效日期须为某月 1 日（按月稽核）：" + from);
        }
        if (from.isBefore(latest.effectiveFrom())) {
            throw new RuleChangeRefused("生效日期 " + from + " 早于最新版本 " + latest.label() + " 的生效日期 "
                    + latest.effectiveFrom());
        }
        repository.lastAuditedMonth(dsl).filter(m -> !YearMonth.from(from).isAfter(YearMonth.parse(m)))
                .ifPresent(m -> {
                    throw new RuleChangeRefused("生效日期 " + from + " 不能早于或等于已稽核月份 " + m
                            + " 的月初：已稽核月份保留其稽核时的规则版本");
                });
    }

    /** "-" for a threshold; a known catalogue item (or "A>B" pair of them) for a list entry. */
    private static String entryKey(DSLContext dsl, RuleParameter parameter, String given, boolean adding) {
        String key = given == null ? "" : given.trim();
        switch (parameter.entries()) {
            case NONE -> {
                if (!key.isEmpty() && !key.equals(RuleParameter.SCALAR)) {
                    throw new RuleChangeRefused(parameter.label() + " 是阈值，不是清单");
                }
                return RuleParameter.SCALAR;
            }
            case ITEM -> {
                knownItem(dsl, parameter, key, adding);
                return key;
            }
            default -> {
                int arrow = key.indexOf('>');
                if (arrow <= 0 || arrow == key.length() - 1) {
                    throw new RuleChangeRefused(parameter.label() + "：请按「项目A>项目B」填写，不能是 " + key);
                }
                String a = key.substring(0, arrow).trim();
                String b = key.substring(arrow + 1).trim();
                if (a.equals(b)) {
                    throw new RuleChangeRefused(parameter.label() + "：项目不能与自身互斥");
                }
                knownItem(dsl, parameter, a, adding);
                knownItem(dsl, parameter, b, adding);
                return a + ">" + b;
            }
        }
    }

    /** A code the rules can use; one being added must also be in the catalogue (catalog.csv). */
    private static void knownItem(DSLContext dsl, RuleParameter parameter, String code, boolean adding) {
        if (!code.matches("[A-Za-z0-9]{1,50}")
                || adding && !dsl.fetchExists(CATALOG_ITEM, CATALOG_ITEM.HILIST_CODE.eq(code))) {
            throw new RuleChangeRefused(parameter.label() + "：未知项目编码「" + code + "」（不在医保目录 catalog 中）");
        }
    }
}
