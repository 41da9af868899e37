package org.fundclear.audit.rulebook;

import static org.fundclear.sql.jooq.Sequences.RULE_BOOK_EVENT_SEQ;
import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;
import static org.fundclear.sql.jooq.Tables.RULE_BOOK_EVENT;
import static org.fundclear.sql.jooq.Tables.RULE_BOOK_VALUE;
import static org.fundclear.sql.jooq.Tables.RULE_BOOK_VERSION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fundclear.sql.jooq.tables.records.RuleBookEventRecord;
import org.fundclear.sql.jooq.tables.records.RuleBookVersionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Owner of rule_book_version, rule_book_value and rule_book_event (V81): reads versions, appends new ones. */
public final class RuleBookRepository {

    /** Every version, oldest first. */
    public List<RuleBookVersion> versions(DSLContext dsl) {
        return dsl.selectFrom(RULE_BOOK_VERSION).orderBy(RULE_BOOK_VERSION.VERSION_NO).fetch(RuleBookRepository::version);
    }

    /** The latest version whose effective_from is on or before {@code day} (ties: the higher version number). */
    public Optional<RuleBookVersion> inForceOn(DSLContext dsl, LocalDate day) {
        return dsl.selectFrom(RULE_BOOK_VERSION).where(RULE_BOOK_VERSION.EFFECTIVE_FROM.le(day))
                .orderBy(RULE_BOOK_VERSION.EFFECTIVE_FROM.desc(), RULE_BOOK_VERSION.VERSION_NO.desc()).limit(1)
                .fetchOptional(RuleBookRepository::version);
    }

    /** The version with the highest number: what a new change starts from. */
    public Optional<RuleBookVersion> latest(DSLContext dsl) {
        return dsl.selectFrom(RULE_BOOK_VERSION).orderBy(RULE_BOOK_VERSION.VERSION_NO.desc()).limit(1)
                .fetchOptional(RuleBookRepository::version);
    }

    public RuleValues values(DSLContext dsl, int versionNo) {
        Map<String, Map<String, String>> values = new TreeMap<>();
        dsl.selectFrom(RULE_BOOK_VALUE).where(RULE_BOOK_VALUE.VERSION_NO.eq((long) versionNo)).forEach(r ->
                values.computeIfAbsent(RuleValues.key(r.getRuleId(), r.getParamName()), k -> new TreeMap<>())
                        .put(r.getEntryKey(), r.getParamValue()));
        return new RuleValues(values);
    }

    /** The latest month (YYYY-MM) an audit run was started for, if any. */
    public Optional<String> lastAuditedMonth(DSLContext dsl) {
        return Optional.ofNullable(dsl.select(DSL.max(AUDIT_RUN.CYCLE_MONTH)).from(AUDIT_RUN).fetchOne().value1());
    }

    /** Every change, newest first. */
    public List<RuleBookEvent> events(DSLContext dsl) {
        return dsl.selectFrom(RULE_BOOK_EVENT).orderBy(RULE_BOOK_EVENT.ID.desc()).fetch(r -> new RuleBookEvent(
                r.getId(), r.getVersionNo().intValue(), r.getEffectiveFrom(), r.getChangedAt(), r.getChangedBy(),
                r.getRuleId(), r.getParamName(), r.getEntryKey(), r.getOldValue(), r.getNewValue(), r.getReason()));
    }

    /** Appends a version holding {@code values}, and the event of the one change that made it. */
    void append(DSLContext dsl, RuleBookVersion version, RuleValues values, RuleChange change, String oldValue) {
        RuleBookVersionRecord v = dsl.newRecord(RULE_BOOK_VERSION);
        v.setVersionNo((long) version.versionNo());
        v.setEffectiveFrom(version.effectiveFrom());
        v.setCreatedAt(version.createdAt());
        v.setCreatedBy(version.createdBy());
        v.setReason(version.reason());
        v.insert();
        var insert = dsl.insertInto(RULE_BOOK_VALUE, RULE_BOOK_VALUE.VERSION_NO, RULE_BOOK_VALUE.RULE_ID,
                RULE_BOOK_VALUE.PARAM_NAME, RULE_BOOK_VALUE.ENTRY_KEY, RULE_BOOK_VALUE.PARAM_VALUE);
        values.all().forEach((key, entries) -> entries.forEach((entryKey, value) -> insert.values(
                (long) version.versionNo(), key.substring(0, key.indexOf('.')), key.substring(key.indexOf('.') + 1),
                entryKey, value)));
        insert.execute();
        RuleBookEventRecord e = dsl.newRecord(RULE_BOOK_EVENT);
        e.setId(dsl.nextval(RULE_BOOK_EVENT_SEQ));
        e.setVersionNo((long) version.versionNo());
        e.setEffectiveFrom(version.effectiveFrom());
        e.setChangedAt(version.createdAt());
        e.setChangedBy(version.createdBy());
        e.setRuleId(change.ruleId());
        e.setParamName(change.param());
        e.setEntryKey(change.entryKey());
        e.setOldValue(oldValue);
        e.setNewValue(change.newValue());
        e.setReason(change.reason());
        e.insert();
    }

    private static RuleBookVersion version(RuleBookVersionRecord r) {
        return new RuleBookVersion(r.getVersionNo().intValue(), r.getEffectiveFrom(), r.getCreatedAt(),
                r.getCreatedBy(), r.getReason());
    }
}
